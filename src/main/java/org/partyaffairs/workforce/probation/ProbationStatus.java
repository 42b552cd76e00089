package org.partyaffairs.workforce.probation;

public enum ProbationStatus {
  IN_PROBATION("试用期中"),
  PASSED("试用期合格"),
  DISQUALIFIED("取消资格");

  private final String label;

  ProbationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
