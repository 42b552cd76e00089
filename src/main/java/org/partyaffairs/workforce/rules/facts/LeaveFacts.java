package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A leave request's length in days (001 第十八条(四)). */
public record LeaveFacts(@NotNull @Positive @Max(value = 366, message = "应在 1 到 366 天之间") Integer days) implements Facts {
}
