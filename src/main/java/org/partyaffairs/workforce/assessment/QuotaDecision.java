package org.partyaffairs.workforce.assessment;

/** The city office's decision on an 优秀 beyond the 20% share (001 第二十二条 "原则上"). */
public enum QuotaDecision {
  /** 保留优秀. */
  KEEP,
  /** 调整为称职. */
  LOWER
}
