package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** One worker of an assessment cohort, as graded. */
public record CohortMember(@NotBlank String workerId, @NotNull @DecimalMin(value = "0", message = Scores.MESSAGE) @DecimalMax(value = "100", message = Scores.MESSAGE) BigDecimal score, @NotNull Grade grade) {
}
