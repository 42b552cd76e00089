package org.partyaffairs.workforce.notice;

public enum ObjectionStatus {
  OPEN("调查核实中"),
  CORRECTING("正在纠正"),
  EXPLAINED("已解释说明"),
  CORRECTED("已纠正");

  private final String label;

  ObjectionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  boolean isResolved() {
    return this == EXPLAINED || this == CORRECTED;
  }
}
