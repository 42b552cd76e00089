package org.partyaffairs.workforce.recruitment;

/** The organiser's finding on one candidate's qualifications. */
enum QualificationFinding {
  PASS,
  FAIL
}
