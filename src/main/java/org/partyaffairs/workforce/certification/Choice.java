package org.partyaffairs.workforce.certification;

/** The answers of the certification forms' radio buttons. */
final class Choice {

  /** 申报资格认证: 申报 or 本年度不申报. */
  enum Apply { APPLY, DECLINE }

  /** 组织审核: 通过审核 or 不通过. */
  enum Review { PASS, REJECT }

  /** 综合评定: 建议认定 or 不予认定. */
  enum Recommendation { RECOMMEND, NOT_RECOMMEND }

  private Choice() {
  }
}
