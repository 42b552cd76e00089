package org.partyaffairs.workforce.deadline;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.rules.WorkdayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deadlines counted in working days of {@code rules/calendar/<year>.csv} (weekends and public
 * holidays do not count, 调休 make-up days do), on the dates of {@code workforce.zone}. A deadline
 * is due at the end of its day: 23:59:59 there.
 *
 * <p>A deadline may run into a year whose schedule the State Council has not published yet (a task
 * created in December): rather than refuse the task, that year's Mondays to Fridays count, a
 * warning is logged once, and the due date stays as computed when the file is added later. The
 * decisions (absences) still refuse such a year.
 */
@Component
public class WorkingDays {

  private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);
  /** The end of a due day. Not 24:00, which Tasklist would show as the next day's 00:00. */
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final WorkdayCalendar calendar;
  private final ZoneId zone;
  private final Clock clock;
  private final Set<Integer> guessedYears = ConcurrentHashMap.newKeySet();

  WorkingDays(WorkdayCalendar calendar, WorkforceProperties properties, Clock clock) {
    this.calendar = calendar;
    this.zone = properties.zone();
    this.clock = clock;
  }

  public ZoneId zone() {
    return zone;
  }

  /** Today in {@code workforce.zone}, on the engine's clock. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  public boolean isWorkday(LocalDate date) {
    if (calendar.covers(date.getYear())) {
      return calendar.isWorkday(date);
    }
    if (guessedYears.add(date.getYear())) {
      log.warn("No workday calendar for {} (rules/calendar/{}.csv): deadlines in {} count Monday to Friday until "
          + "the State Council's schedule is added", date.getYear(), date.getYear(), date.getYear());
    }
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The {@code days}-th working day after the date (the date itself does not count). */
  public LocalDate plus(LocalDate date, int days) {
    LocalDate day = date;
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (isWorkday(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The date itself when it is a working day, else the first working day after it. */
  public LocalDate onOrAfter(LocalDate date) {
    LocalDate day = date;
    while (!isWorkday(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** 23:59:59 of the date in {@code workforce.zone}: when a deadline on that date is due. */
  public Date endOf(LocalDate date) {
    return Date.from(date.atTime(END_OF_DAY).atZone(zone).toInstant());
  }

  /** 00:00 of the date in {@code workforce.zone}: everything due on the day before is due before it. */
  public Date startOf(LocalDate date) {
    return Date.from(date.atStartOfDay(zone).toInstant());
  }

  /** The day a moment falls on in {@code workforce.zone}. */
  public LocalDate dayOf(Date moment) {
    return moment.toInstant().atZone(zone).toLocalDate();
  }
}
