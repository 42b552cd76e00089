package org.partyaffairs.workforce.recruitment;

public enum Qualification {
  PENDING("待审查"),
  PASSED("资格审查通过"),
  FAILED("资格审查未通过");

  private final String label;

  Qualification(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
