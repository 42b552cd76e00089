package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.partyaffairs.workforce.rules.WorkdayCalendar;

/** A worker's absent working days (旷工), for the warning trigger (000 第十三条 3). */
public record AbsenceFacts(@NotNull List<LocalDate> absences) implements Facts {

  public AbsenceFacts {
    absences = Lists.unmodifiable(absences);
  }

  /** The rules see the runs and totals on the working-day calendar, the year of the latest absence. */
  @Override
  public List<Object> working(WorkdayCalendar calendar) {
    return List.of(this, AbsenceSummary.of(absences, null, calendar));
  }
}
