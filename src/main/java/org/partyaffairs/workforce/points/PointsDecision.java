package org.partyaffairs.workforce.points;

/** The department's answer to a bonus claim, or the committee's to a veto. */
public enum PointsDecision {
  ACCEPT, REFUSE
}
