package org.partyaffairs.workforce.recruitment;

/** The city committee's answer to a town's own recruitment plan. */
enum ConsentDecision {
  AGREE,
  DISAGREE
}
