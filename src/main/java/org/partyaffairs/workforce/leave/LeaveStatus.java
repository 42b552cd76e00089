package org.partyaffairs.workforce.leave;

/** Where a leave request stands under 001 第十八条(四): asked, approved or refused, reported back (销假). */
public enum LeaveStatus {
  REQUESTED("待审批"),
  APPROVED("已批准"),
  REFUSED("未批准"),
  RETURNED("已销假");

  private final String label;

  LeaveStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
