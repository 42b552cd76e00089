package org.partyaffairs.workforce.quarterly;

/** Where a quarterly report stands (001 第十八条(三)): to be written, to be scored, overdue and to be scored, scored. */
public enum QuarterlyReportStatus {
  OPEN("待提交"),
  SUBMITTED("待评定"),
  MISSED("逾期未提交，待补记"),
  SCORED("已评定");

  private final String label;

  QuarterlyReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
