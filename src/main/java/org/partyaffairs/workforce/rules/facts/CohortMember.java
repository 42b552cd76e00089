package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** One worker of an assessment cohort, as graded. */
public record CohortMember(@NotBlank String workerId, @NotNull BigDecimal score, @NotNull Grade grade) {
}
