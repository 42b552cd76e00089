package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** One qualified candidate of a recruitment with the scores entered for them, each 0–100. */
public record Applicant(@NotBlank String candidateId,
    @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal exam,
    @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal interview) {
}
