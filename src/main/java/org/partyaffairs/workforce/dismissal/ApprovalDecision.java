package org.partyaffairs.workforce.dismissal;

/** The city organisation dept's answer where no dismissal may be unilateral (001 第十九条). */
enum ApprovalDecision {
  APPROVE, DISAPPROVE
}
