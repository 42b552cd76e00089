package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partyaffairs.workforce.rules.WorkdayCalendar;

/** A worker's record for the dismissal grounds of 000 第十四条, as of a year. */
public record DismissalFacts(
    @NotNull List<LocalDate> absences,
    @NotNull Boolean assessmentEligible,
    @NotNull Map<@NotNull @Min(Years.FIRST) @Max(Years.LAST) Integer, Grade> grades,
    @NotNull @Min(Years.FIRST) @Max(Years.LAST) Integer year,
    @NotNull Boolean criminalPenalty,
    @NotNull Boolean administrativeDetention,
    @NotNull Boolean publicSecurityPenalty,
    @NotNull Boolean seriousIncident,
    String otherReason) implements Facts {

  public DismissalFacts {
    absences = Lists.unmodifiable(absences);
    grades = grades == null ? null : Map.copyOf(grades);
  }

  public Grade gradeThisYear() {
    return grades.get(year);
  }

  public Grade gradeLastYear() {
    return grades.get(year - 1);
  }

  public boolean hasOtherReason() {
    return otherReason != null && !otherReason.isBlank();
  }

  @Override
  public List<Object> working(WorkdayCalendar calendar) {
    return List.of(this, AbsenceSummary.of(absences, year, calendar));
  }
}
