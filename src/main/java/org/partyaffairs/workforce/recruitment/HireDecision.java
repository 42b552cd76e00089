package org.partyaffairs.workforce.recruitment;

/** The town's answer for one shortlisted candidate: a contract signed, or not hired (e.g. withdrew). */
public enum HireDecision {
  HIRE,
  NOT_HIRE
}
