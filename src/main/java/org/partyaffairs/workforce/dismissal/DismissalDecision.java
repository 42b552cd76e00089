package org.partyaffairs.workforce.dismissal;

/** The town committee's decision (000 第十五条). */
enum DismissalDecision {
  DISMISS, RETAIN
}
