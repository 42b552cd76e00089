package org.partyaffairs.workforce.notice;

public enum NoticeStatus {
  /** Published: objections are taken until the period ends. */
  OPEN,
  /** The period is over and every objection resolved; the entries are final. */
  CLOSED
}
