package org.partyaffairs.workforce.dismissal;

public enum DismissalStatus {
  PROPOSED("已提出解聘"),
  OPINION_DRAFTED("已拟处理意见"),
  DECIDED("区镇党（工）委决定解聘"),
  RETAINED("区镇党（工）委决定不予解聘"),
  APPROVED("市委组织部同意解聘"),
  NOT_APPROVED("市委组织部不同意解聘"),
  EMPLOYMENT_ENDED("已解聘，待备案"),
  FILED("已解聘并备案"),
  WITHDRAWN("工作者已离岗，解聘程序终止");

  private final String label;

  DismissalStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Still to be decided or carried out: a second dismissal of the worker is refused meanwhile. */
  public boolean isOpen() {
    return this == PROPOSED || this == OPINION_DRAFTED || this == DECIDED || this == APPROVED;
  }
}
