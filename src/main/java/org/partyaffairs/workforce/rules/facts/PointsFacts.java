package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.partyaffairs.workforce.rules.WorkdayCalendar;

/** A year of the points system (004): the ledger's events and any one-vote vetoes (一票否决 1–6). */
public record PointsFacts(@NotNull List<@Valid @NotNull PointsEvent> events,
    @NotNull List<@NotNull @Min(1) @Max(6) Integer> vetoes) implements Facts {

  public PointsFacts {
    events = Lists.unmodifiable(events);
    vetoes = Lists.unmodifiable(vetoes);
  }

  public boolean isVetoed() {
    return !vetoes.isEmpty();
  }

  /** The events are matched one by one, each against its row of the item table. */
  @Override
  public List<Object> working(WorkdayCalendar calendar) {
    List<Object> facts = new ArrayList<>(events);
    facts.add(this);
    return facts;
  }
}
