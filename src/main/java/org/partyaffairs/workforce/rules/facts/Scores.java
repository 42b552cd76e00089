package org.partyaffairs.workforce.rules.facts;

/** Scores on the hundred-point scale of the regulations (exam, interview, assessment): 0 to 100. */
final class Scores {

  static final String MESSAGE = "分数应在 0 到 100 之间";

  private Scores() {
  }
}
