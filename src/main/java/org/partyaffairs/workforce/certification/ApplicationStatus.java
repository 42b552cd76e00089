package org.partyaffairs.workforce.certification;

/** Where a worker's certification application stands, in the order of 002's steps. */
public enum ApplicationStatus {
  /** The round is open, the worker has not answered yet. */
  INVITED("待申报"),
  /** The worker does not apply this year, or let the deadline pass. */
  NOT_APPLIED("未申报"),
  /** 个人申报 done; 组织审核 next. */
  APPLIED("已申报"),
  /** 组织审核 passed; 实地走访 next. */
  REVIEWED("已通过组织审核"),
  /** 组织审核 refused. */
  REJECTED("组织审核未通过"),
  /** 实地走访 recorded; 综合评定 next. */
  VISITED("已实地走访"),
  /** 综合评定 recommends; 结果公示 running. */
  RECOMMENDED("拟认定，公示中"),
  /** 综合评定 does not recommend, or an objection to the notice was upheld. */
  NOT_RECOMMENDED("不予认定"),
  /** The certificate is issued. */
  CERTIFIED("已认定发证");

  private final String label;

  ApplicationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
