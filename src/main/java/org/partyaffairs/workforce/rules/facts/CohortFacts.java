package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/** An assessment cohort, for the excellence quota (001 第二十二条). */
public record CohortFacts(@NotEmpty List<@Valid @NotNull CohortMember> cohort) implements Facts {

  public CohortFacts {
    cohort = Lists.unmodifiable(cohort);
  }

  /** How many may be EXCELLENT at the given share of the cohort, rounded down. */
  public int quota(String share) {
    return new BigDecimal(share).multiply(BigDecimal.valueOf(cohort.size())).setScale(0, RoundingMode.FLOOR)
        .intValueExact();
  }

  /**
   * The EXCELLENT workers ranked by score beyond the quota. Where the cut falls between workers of
   * equal score, all of them are flagged: a person decides between them, the ranking does not.
   */
  public List<String> beyondQuota(String share) {
    int quota = quota(share);
    List<CohortMember> excellent = cohort.stream().filter(member -> member.grade() == Grade.EXCELLENT)
        .sorted(Comparator.comparing(CohortMember::score).reversed()).toList();
    if (excellent.size() <= quota) {
      return List.of();
    }
    BigDecimal firstBeyond = excellent.get(quota).score();
    return excellent.stream().filter(member -> member.score().compareTo(firstBeyond) <= 0)
        .map(CohortMember::workerId).toList();
  }
}
