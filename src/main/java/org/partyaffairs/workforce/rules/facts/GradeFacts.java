package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** A score to grade under a policy: {@code kunshan}, {@code lanzhou} or {@code points}. */
public record GradeFacts(@NotBlank String policy, @NotNull @PositiveOrZero BigDecimal score) implements Facts {
}
