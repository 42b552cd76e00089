package org.partyaffairs.workforce.training;

/**
 * The two kinds of training 000 第十一条 names: the city office's 任前培训 before a worker takes up the
 * post, and the towns' 日常培训 (the city's 学习交流 counts as regular training too).
 */
public enum TrainingKind {
  PRE_POST("任前培训"),
  REGULAR("日常培训");

  private final String label;

  TrainingKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
