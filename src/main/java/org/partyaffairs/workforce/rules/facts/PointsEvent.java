package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** One line of a member's points ledger (004 附件2): an item, how often, and its level where it has one. */
public record PointsEvent(@NotNull Integer item, @NotNull @PositiveOrZero @Max(value = 366, message = "一年中最多 366 次") Integer count, String level) {
}
