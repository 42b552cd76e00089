package org.partyaffairs.workforce.assessment;

/** Where one worker's assessment stands. */
public enum AssessmentStatus {
  WAITING_SELF_REPORT("待述职"),
  WAITING_SCORE("待评分"),
  SCORED("已评定"),
  PUBLISHED("公示中"),
  CONFIRMED("已确认");

  private final String label;

  AssessmentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
