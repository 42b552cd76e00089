package org.partyaffairs.workforce.probation;

/** Why a probation ends in disqualification: the codes of the probation-outcome decision (001 第六条). */
public enum ProbationReason {
  QUALIFICATIONS_NOT_MET("不符合招考资格条件或有不得录用情形"),
  EXAM_FAILED("试用期满考试不及格"),
  VOTE_BELOW_HALF("民主测评“良好”以上得票低于50%");

  private final String label;

  ProbationReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
