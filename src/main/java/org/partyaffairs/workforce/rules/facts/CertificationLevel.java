package org.partyaffairs.workforce.rules.facts;

/**
 * The four certification levels of 002 专职资格认证 (资格水平划分为初级、中级、高级、特级四个等级), lowest first: a
 * worker applies for the first level or the one above the level held.
 */
public enum CertificationLevel {
  PRIMARY("初级"), INTERMEDIATE("中级"), SENIOR("高级"), SPECIAL("特级");

  private final String label;

  CertificationLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The level one above this one, or null above 特级. */
  public CertificationLevel next() {
    return this == SPECIAL ? null : values()[ordinal() + 1];
  }
}
