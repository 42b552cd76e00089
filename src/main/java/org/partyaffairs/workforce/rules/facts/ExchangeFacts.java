package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

/**
 * Whether a worker is a priority for an exchange within the town (000 第十二条): the day they took
 * up their current post, the day the question is asked, and their annual grades by year.
 *
 * <p>The "latest years" the rules look at are the {@code years} calendar years ending with the
 * latest year that has a grade on record, not after the reference date's year: a year without a
 * grade inside them counts as missing, never as skipped.
 */
public record ExchangeFacts(@NotNull LocalDate postTakenUpOn, @NotNull LocalDate referenceDate,
    @NotNull Map<@NotNull @Min(Years.FIRST) @Max(Years.LAST) Integer, @NotNull Grade> grades) implements Facts {

  public ExchangeFacts {
    grades = grades == null ? null : Map.copyOf(grades);
  }

  /** Whole years from taking up the post to the reference date: 4 years and 364 days are 4. */
  public int fullYearsInPost() {
    return takenUpAfterReference() ? 0 : Period.between(postTakenUpOn, referenceDate).getYears();
  }

  public boolean takenUpAfterReference() {
    return postTakenUpOn.isAfter(referenceDate);
  }

  /** How many of the latest {@code years} years have a grade. */
  public int gradedAmongLast(int years) {
    return (int) latest(years).count();
  }

  /** How many of the latest {@code years} years have this grade. */
  public int countAmongLast(int years, Grade grade) {
    return (int) latest(years).filter(grade::equals).count();
  }

  /** How many of the latest {@code years} years have a grade below {@code lowest} (优秀 > 合格 > 基本合格 > 不合格). */
  public int countBelowAmongLast(int years, Grade lowest) {
    return (int) latest(years).filter(grade -> grade.ordinal() > lowest.ordinal()).count();
  }

  private java.util.stream.Stream<Grade> latest(int years) {
    int last = grades.keySet().stream().filter(year -> year <= referenceDate.getYear()).mapToInt(Integer::intValue)
        .max().orElse(Integer.MIN_VALUE);
    if (last == Integer.MIN_VALUE) {
      return java.util.stream.Stream.empty();
    }
    return grades.entrySet().stream().filter(entry -> entry.getKey() > last - years && entry.getKey() <= last)
        .map(Map.Entry::getValue);
  }
}
