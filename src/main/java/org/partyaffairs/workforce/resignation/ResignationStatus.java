package org.partyaffairs.workforce.resignation;

/** Where a written resignation stands on its way through 000 第十六条. */
public enum ResignationStatus {
  SUBMITTED("已提交"),
  RECEIVED("组织部门已接收"),
  AGREED("党（工）委已同意"),
  REJECTED("党（工）委不同意"),
  FILED("已备案"),
  WITHDRAWN("工作者已离岗，辞职终止");

  private final String label;

  ResignationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  boolean isOpen() {
    return this == SUBMITTED || this == RECEIVED || this == AGREED;
  }
}
