package org.partyaffairs.workforce.report;

/** The town committee's review of the report: submit it to the city, or return it to the department. */
enum ReviewDecision {
  APPROVE, RETURN
}
