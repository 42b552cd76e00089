package org.partyaffairs.workforce.warning;

public enum WarningStatus {
  TALK_PENDING("待告诫谈话"),
  IN_PERIOD("告诫期内"),
  PASSED("告诫期满合格"),
  FAILED("告诫期满不合格"),
  ENDED_BY_DEPARTURE("工作者离岗，告诫终止");

  private final String label;

  WarningStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isOpen() {
    return this == TALK_PENDING || this == IN_PERIOD;
  }
}
