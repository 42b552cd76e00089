package org.partyaffairs.workforce.bench;

/** A target of issue 9: a bound the measured value must reach ({@code atLeast}) or stay within. */
record Target(double bound, boolean atLeast, String text) {

  static Target atLeast(double bound, String text) {
    return new Target(bound, true, text);
  }

  static Target atMost(double bound, String text) {
    return new Target(bound, false, text);
  }

  boolean met(double value) {
    return atLeast ? value >= bound : value <= bound;
  }

  /** How far the value is from the bound, as a share of it: 1 or more is met, whichever the direction. */
  double attainment(double value) {
    if (atLeast) {
      return value / bound;
    }
    return value <= 0 ? Double.POSITIVE_INFINITY : bound / value;
  }
}
