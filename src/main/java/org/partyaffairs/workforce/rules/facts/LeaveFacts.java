package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A leave request's length in days (001 第十八条(四)). */
public record LeaveFacts(@NotNull @Positive Integer days) implements Facts {
}
