package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The democratic vote at the end of probation (民主测评): votes per rating. */
public record Votes(@NotNull @PositiveOrZero Integer excellent, @NotNull @PositiveOrZero Integer good,
    @NotNull @PositiveOrZero Integer fair, @NotNull @PositiveOrZero Integer poor) {

  /** Votes rating the worker 良好 or better (001 第六条: "良好"以上). */
  public int goodOrBetter() {
    return excellent + good;
  }

  public int total() {
    return excellent + good + fair + poor;
  }
}
