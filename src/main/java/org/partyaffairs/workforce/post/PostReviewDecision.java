package org.partyaffairs.workforce.post;

/** The city committee's answer to one round of an application (000 第三条: 审核同意后). */
public enum PostReviewDecision {
  APPROVE("同意设置"),
  REJECT("不同意"),
  RETURN("退回修改");

  private final String label;

  PostReviewDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Refusing or returning must say why: the town reads it. */
  boolean needsReason() {
    return this != APPROVE;
  }
}
