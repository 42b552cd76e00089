package org.partyaffairs.workforce.post;

/** Where a town's application for posts stands (000 第三条). */
public enum PostApplicationStatus {
  SUBMITTED("待市委\"两新\"工委审核"),
  RETURNED("退回修改"),
  APPROVED("审核同意"),
  REJECTED("审核不同意"),
  POSTS_CREATED("岗位已设置");

  private final String label;

  PostApplicationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
