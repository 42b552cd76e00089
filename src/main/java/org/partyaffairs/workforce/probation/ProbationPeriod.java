package org.partyaffairs.workforce.probation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * The two-month period (001 第六条 试用期两个月) counted as 民法典 第二百零一、二百零三条 count periods:
 * the hire day itself is not counted, the last day is the same day two months later or, where that
 * month has no such day, its last day (hired 31 December → last day 28 February, 29 in a leap
 * year), and the period ends at 24:00 of that day in the product's zone. The engine's own
 * {@code P2M} lands on the same day but at the hour the timer was created, in the server's zone.
 */
public final class ProbationPeriod {

  public static final Period LENGTH = Period.ofMonths(2);

  private ProbationPeriod() {
  }

  public static LocalDate lastDay(LocalDate hiredOn) {
    return hiredOn.plus(LENGTH);
  }

  public static Instant endsAt(LocalDate hiredOn, ZoneId zone) {
    return lastDay(hiredOn).plusDays(1).atStartOfDay(zone).toInstant();
  }
}
