package org.partyaffairs.workforce.rules.facts;

/** The years a decision can be about: the product's records begin in 2000 and plan no further than 2100. */
final class Years {

  static final long FIRST = 2000;
  static final long LAST = 2100;

  private Years() {
  }
}
