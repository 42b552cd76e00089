package org.partyaffairs.workforce.points;

/** Where a line of the points ledger stands; only ACCEPTED lines count in the total. */
public enum PointsEntryState {
  /** A worker's bonus claim waiting for the department, or a veto waiting for the committee. */
  PROPOSED("待审核"),
  /** Counts in the total. */
  ACCEPTED("已认定"),
  /** Not counted; the reason is kept. */
  REFUSED("未认定"),
  /** Replaced by a correction line that says why; not counted. */
  SUPERSEDED("已更正");

  private final String label;

  PointsEntryState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
