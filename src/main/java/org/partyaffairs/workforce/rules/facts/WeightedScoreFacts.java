package org.partyaffairs.workforce.rules.facts;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;

/** Scores to weigh: Lanzhou's ordinary and annual, or Qianjiang's self and organisation evaluation (0–100). */
public record WeightedScoreFacts(
    @NotBlank String policy,
    @DecimalMin("0") @DecimalMax("100") BigDecimal ordinary,
    @DecimalMin("0") @DecimalMax("100") BigDecimal annual,
    @JsonProperty("self") @DecimalMin("0") @DecimalMax("100") BigDecimal self,
    @DecimalMin("0") @DecimalMax("100") BigDecimal organisation) implements Facts {
}
