package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** The end of the two-month probation (001 第六条); no pass score means the rules' default. */
public record ProbationFacts(@NotNull Boolean qualificationsMet, @NotNull @PositiveOrZero BigDecimal examScore,
    @PositiveOrZero BigDecimal examPassScore, @NotNull @Valid Votes votes) implements Facts {
}
