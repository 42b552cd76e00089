package org.partyaffairs.workforce.rules.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.partyaffairs.workforce.rules.InvalidFactsException;
import org.partyaffairs.workforce.rules.WorkdayCalendar;

/**
 * A worker's absences as the regulation counts them (000 第十三、十四条): the longest run of
 * consecutive absent working days, where weekends and public holidays between two absent working
 * days do not break the run and make-up working days (调休) count, and the total in the year.
 */
public record AbsenceSummary(int longestRun, int total, int year) {

  /**
   * @param year the year whose total counts; null means the year of the latest absence
   */
  public static AbsenceSummary of(List<LocalDate> absences, Integer year, WorkdayCalendar calendar) {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (int i = 0; i < absences.size(); i++) {
      LocalDate day = absences.get(i);
      if (day == null) {
        throw new InvalidFactsException("absences[" + i + "]", "日期不能为空");
      }
      if (!calendar.isWorkday(day)) {
        throw new InvalidFactsException("absences[" + i + "]", day + " 不是工作日，不能记为旷工");
      }
      days.add(day);
    }
    int countedYear = year != null ? year : days.isEmpty() ? 0 : days.last().getYear();
    int longest = 0;
    int run = 0;
    LocalDate previous = null;
    for (LocalDate day : days) {
      run = previous != null && calendar.nextWorkday(previous).equals(day) ? run + 1 : 1;
      longest = Math.max(longest, run);
      previous = day;
    }
    int total = (int) days.stream().filter(day -> day.getYear() == countedYear).count();
    return new AbsenceSummary(longest, total, countedYear);
  }
}
