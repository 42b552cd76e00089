package org.partyaffairs.workforce.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The year's quarterly scores as the rules see them: how many quarters are scored, their mean, and
 * the names of the quarters without a score, in order. The mean is rounded to two decimals half up:
 * the scale and rounding the assessment keeps a weighted score in ({@code AssessmentService}:
 * {@code setScale(2, HALF_UP)}) and the two decimals the scoring form takes; null when no quarter is
 * scored.
 */
public record QuarterlySummary(int scored, BigDecimal mean, List<String> missing) {

  public QuarterlySummary {
    missing = List.copyOf(missing);
  }

  static QuarterlySummary of(List<BigDecimal> scores, List<String> names) {
    BigDecimal sum = BigDecimal.ZERO;
    int scored = 0;
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      if (scores.get(i) == null) {
        missing.add(names.get(i));
      } else {
        sum = sum.add(scores.get(i));
        scored++;
      }
    }
    BigDecimal mean = scored == 0 ? null : sum.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
    return new QuarterlySummary(scored, mean, missing);
  }
}
