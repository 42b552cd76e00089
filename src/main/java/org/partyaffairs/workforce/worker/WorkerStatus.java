package org.partyaffairs.workforce.worker;

import java.util.EnumSet;
import java.util.Set;

/**
 * The worker's lifecycle (DOMAIN.md): CANDIDATE → PROBATION → ACTIVE → DISMISSED | RESIGNED, and
 * PROBATION → DISQUALIFIED. A worker may resign during probation too (000 第十六条 does not limit
 * resignation to confirmed workers).
 */
public enum WorkerStatus {
  CANDIDATE("候选人"),
  PROBATION("试用期"),
  ACTIVE("在岗"),
  DISMISSED("已解聘"),
  RESIGNED("已辞职"),
  DISQUALIFIED("试用期不合格");

  private final String label;

  WorkerStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  Set<WorkerStatus> next() {
    return switch (this) {
      case CANDIDATE -> EnumSet.of(PROBATION);
      case PROBATION -> EnumSet.of(ACTIVE, DISQUALIFIED, RESIGNED);
      case ACTIVE -> EnumSet.of(DISMISSED, RESIGNED);
      case DISMISSED, RESIGNED, DISQUALIFIED -> EnumSet.noneOf(WorkerStatus.class);
    };
  }
}
