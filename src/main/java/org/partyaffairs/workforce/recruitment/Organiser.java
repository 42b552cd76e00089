package org.partyaffairs.workforce.recruitment;

/** Who organises a recruitment (000 第五条): the city office, or a town for a vacancy with the city's consent. */
public enum Organiser {
  CITY("市委\"两新\"工委办公室组织"),
  TOWN("区镇组织（经市委\"两新\"工委同意）");

  private final String label;

  Organiser(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
