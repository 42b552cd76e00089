package org.partyaffairs.workforce.worker;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * A period of whole months (the two-month probation, the three-month warning) counted as 民法典
 * 第二百零一、二百零三条 count periods: the first day itself is not counted, the last day is the
 * same day so many months later or, where that month has no such day, its last day (30 November +
 * 3 months → 28 February, 29 in a leap year), and the period ends at 24:00 of that day in the
 * product's zone. The engine's own {@code P3M} lands on the same day but at the hour the timer was
 * created, in the server's zone.
 */
public record MonthPeriod(Period length) {

  public static MonthPeriod ofMonths(int months) {
    return new MonthPeriod(Period.ofMonths(months));
  }

  public LocalDate lastDay(LocalDate firstDay) {
    return firstDay.plus(length);
  }

  public Instant endsAt(LocalDate firstDay, ZoneId zone) {
    return lastDay(firstDay).plusDays(1).atStartOfDay(zone).toInstant();
  }
}
