package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The end of the two-month probation (001 第六条); no pass score means the rules' default. */
public record ProbationFacts(@NotNull Boolean qualificationsMet,
    @NotNull @DecimalMin(value = "0", message = Scores.MESSAGE) @DecimalMax(value = "100", message = Scores.MESSAGE)
    BigDecimal examScore,
    @DecimalMin(value = "0", message = Scores.MESSAGE) @DecimalMax(value = "100", message = Scores.MESSAGE)
    BigDecimal examPassScore,
    @NotNull @Valid Votes votes) implements Facts {
}
