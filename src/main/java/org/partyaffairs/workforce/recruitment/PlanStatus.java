package org.partyaffairs.workforce.recruitment;

public enum PlanStatus {
  CONSENT_PENDING("待市委\"两新\"工委同意"),
  REFUSED("市委\"两新\"工委不同意"),
  REGISTERING("报名中"),
  SELECTING("资格审查、考试与公示"),
  HIRING("签订聘用合同"),
  COMPLETED("招录完成"),
  NO_ONE_QUALIFIED("无合格人选");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A plan that still holds posts of its town for itself. */
  boolean holdsPosts() {
    return this != REFUSED && this != COMPLETED && this != NO_ONE_QUALIFIED;
  }
}
