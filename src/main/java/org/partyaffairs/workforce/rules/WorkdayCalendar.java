package org.partyaffairs.workforce.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Working days as the State Council's holiday schedules make them: Monday to Friday, less the
 * public holidays, plus the weekend days worked in exchange (调休). One file per year in
 * {@code rules/calendar/<year>.csv}; a date in a year without a file is refused, never guessed.
 */
public final class WorkdayCalendar {

  private enum Kind { HOLIDAY, WORKDAY }

  private final Map<LocalDate, Kind> exceptions;
  private final Set<Integer> years;

  WorkdayCalendar(Map<LocalDate, Kind> exceptions, Set<Integer> years) {
    this.exceptions = exceptions;
    this.years = years;
  }

  /**
   * Reads every {@code <year>.csv} of the classpath folder, e.g. {@code rules/calendar}. Other files
   * of the folder (the service levels of {@code service-levels.csv}) are not the calendar's.
   */
  public static WorkdayCalendar load(String folder) {
    Map<LocalDate, Kind> exceptions = new HashMap<>();
    Set<Integer> years = new HashSet<>();
    try {
      for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "/*.csv")) {
        if (file.getFilename() == null || !file.getFilename().matches("\\d{4}\\.csv")) {
          continue;
        }
        int year = Integer.parseInt(file.getFilename().replace(".csv", ""));
        years.add(year);
        String text = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int lineNumber = 0;
        for (String line : text.split("\n")) {
          lineNumber++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] columns = line.strip().split(",", 3);
          LocalDate date = LocalDate.parse(columns[0]);
          if (date.getYear() != year) {
            throw new IllegalStateException(folder + "/" + file.getFilename() + ":" + lineNumber + ": " + date
                + " is not in " + year);
          }
          exceptions.put(date, Kind.valueOf(columns[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the workday calendar in " + folder, e);
    }
    return new WorkdayCalendar(Map.copyOf(exceptions), Set.copyOf(years));
  }

  /** Whether the year has its file, so that {@link #isWorkday} can answer for its dates. */
  public boolean covers(int year) {
    return years.contains(year);
  }

  public boolean isWorkday(LocalDate date) {
    if (!years.contains(date.getYear())) {
      throw new InvalidFactsException("absences", "没有 " + date.getYear() + " 年的工作日历（rules/calendar/"
          + date.getYear() + ".csv），无法判断 " + date + " 是否为工作日");
    }
    Kind kind = exceptions.get(date);
    if (kind != null) {
      return kind == Kind.WORKDAY;
    }
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The first working day after the date. */
  public LocalDate nextWorkday(LocalDate date) {
    LocalDate next = date.plusDays(1);
    while (!isWorkday(next)) {
      next = next.plusDays(1);
    }
    return next;
  }
}
