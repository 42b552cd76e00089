package org.partyaffairs.workforce.leave;

/** The approver's answer to a leave request; the codes are the values of the approval form. */
public enum LeaveDecision {
  APPROVE,
  REFUSE
}
