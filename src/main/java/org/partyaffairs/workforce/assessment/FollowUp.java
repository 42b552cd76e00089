package org.partyaffairs.workforce.assessment;

/** What a Lanzhou result asks of a person after confirmation ({@code reward-eligibility} actions). */
enum FollowUp {
  /** 001 第二十三条(三): 基本称职的，由区县委组织部负责人约谈. */
  TALK("约谈"),
  /** 优秀 and 称职 one year each: the text names no reward, a person decides. */
  MANUAL_REVIEW("奖励人工审核"),
  /** 001 第二十三条(三): 不称职的，解除聘用关系. */
  DISMISS("解聘情形 ANNUAL_FAIL");

  private final String label;

  FollowUp(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
