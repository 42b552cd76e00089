package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;

/** The 16 items of Kunshan's evaluation form (000 附件); each item's maximum is a rule. */
public record EvaluationForm(
    @NotNull @PositiveOrZero BigDecimal item1, @NotNull @PositiveOrZero BigDecimal item2,
    @NotNull @PositiveOrZero BigDecimal item3, @NotNull @PositiveOrZero BigDecimal item4,
    @NotNull @PositiveOrZero BigDecimal item5, @NotNull @PositiveOrZero BigDecimal item6,
    @NotNull @PositiveOrZero BigDecimal item7, @NotNull @PositiveOrZero BigDecimal item8,
    @NotNull @PositiveOrZero BigDecimal item9, @NotNull @PositiveOrZero BigDecimal item10,
    @NotNull @PositiveOrZero BigDecimal item11, @NotNull @PositiveOrZero BigDecimal item12,
    @NotNull @PositiveOrZero BigDecimal item13, @NotNull @PositiveOrZero BigDecimal item14,
    @NotNull @PositiveOrZero BigDecimal item15, @NotNull @PositiveOrZero BigDecimal item16) implements Facts {

  /** Item n, 1-based. */
  public BigDecimal item(int n) {
    return items().get(n - 1);
  }

  /** The sum of items first..last, both included. */
  public BigDecimal sum(int first, int last) {
    return items().subList(first - 1, last).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private List<BigDecimal> items() {
    return List.of(item1, item2, item3, item4, item5, item6, item7, item8, item9, item10, item11, item12, item13,
        item14, item15, item16);
  }
}
