package org.partyaffairs.workforce.points;

/** How a line came into the ledger (004 附件1 一、考核设置 and 二、考核流程). */
public enum PointsEntrySource {
  /** Recorded by the town organisation department as the event happened (专人记录). */
  RECORDED("组织部门登记"),
  /** Claimed by the worker with evidence or two witnesses (可由本人申报并提供相关材料，或至少2名党员群众予以证明). */
  CLAIMED("本人申报"),
  /** A correction of another line, with its reason (发现问题及时纠正; 记分有误的及时纠正). */
  CORRECTION("更正");

  private final String label;

  PointsEntrySource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
