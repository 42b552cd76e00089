package org.partyaffairs.workforce.report;

/** Where a half-year report stands, from the town's draft to the city's receipt. */
enum HalfYearReportStatus {
  DRAFTING("区镇组织部门撰写中"),
  IN_REVIEW("区镇党（工）委审核中"),
  RETURNED("已退回修改"),
  SUBMITTED("已报送，待市委接收"),
  RECEIVED("市委已接收");

  private final String label;

  HalfYearReportStatus(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** The town committee has submitted it: the city reads its figures. */
  boolean submitted() {
    return this == SUBMITTED || this == RECEIVED;
  }
}
