package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The democratic vote at the end of probation (民主测评): votes per rating. */
public record Votes(@NotNull @PositiveOrZero @Max(value = 100_000, message = "票数过大") Integer excellent, @NotNull @PositiveOrZero @Max(value = 100_000, message = "票数过大") Integer good,
    @NotNull @PositiveOrZero @Max(value = 100_000, message = "票数过大") Integer fair, @NotNull @PositiveOrZero @Max(value = 100_000, message = "票数过大") Integer poor) {

  /** Votes rating the worker 良好 or better (001 第六条: "良好"以上). */
  public int goodOrBetter() {
    return excellent + good;
  }

  public int total() {
    return excellent + good + fair + poor;
  }
}
