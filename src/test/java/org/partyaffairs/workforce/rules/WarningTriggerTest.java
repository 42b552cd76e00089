package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** warning-trigger: 000 第十三条 3, counted on the State Council's working-day calendar. */
class WarningTriggerTest {

  @Test
  void twoAbsentDaysAreNoGroundForAWarning() {
    DecisionResult result = absences("2026-03-02", "2026-03-03");

    assertThat(result.get("warn")).isEqualTo(false);
    assertThat(result.get("longestRun")).isEqualTo(2);
    assertThat(result.get("total")).isEqualTo(2);
  }

  @Test
  void sixConsecutiveAbsentWorkdaysTriggerAWarningAcrossAWeekend() {
    DecisionResult result = absences("2026-03-04", "2026-03-05", "2026-03-06", "2026-03-09", "2026-03-10", "2026-03-11");

    assertThat(result.get("longestRun")).isEqualTo(6);
    assertThat(result.get("warn")).isEqualTo(true);
    assertThat(result.explanation()).extracting(Explanation::rule)
        .contains("000 第十三条 3: 连续旷工超过5个工作日的，确定为告诫对象");
  }

  @Test
  void fiveConsecutiveAbsentWorkdaysAreNotMoreThanFive() {
    DecisionResult result = absences("2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06");

    assertThat(result.get("longestRun")).isEqualTo(5);
    assertThat(result.get("warn")).isEqualTo(false);
  }

  @Test
  void aPublicHolidayDoesNotBreakARun() {
    // 国庆节 2026-10-01..07 between the absences
    DecisionResult result = absences("2026-09-28", "2026-09-29", "2026-09-30", "2026-10-08", "2026-10-09",
        "2026-10-10");

    assertThat(result.get("longestRun")).isEqualTo(6);
    assertThat(result.get("warn")).isEqualTo(true);
  }

  @Test
  void aMakeUpWorkingDayCountsAsAWorkday() {
    // 2026-02-14 (Saturday) is worked in exchange for 春节 (2026-02-15..23)
    DecisionResult result = absences("2026-02-11", "2026-02-12", "2026-02-13", "2026-02-14", "2026-02-24",
        "2026-02-25");

    assertThat(result.get("longestRun")).isEqualTo(6);
    assertThat(result.get("warn")).isEqualTo(true);
  }

  @Test
  void attendingAMakeUpWorkingDayBreaksTheRun() {
    // present on 2026-10-10 (Saturday, a working day): the run stops there
    DecisionResult result = absences("2026-09-28", "2026-09-29", "2026-09-30", "2026-10-08", "2026-10-09",
        "2026-10-12");

    assertThat(result.get("longestRun")).isEqualTo(5);
    assertThat(result.get("warn")).isEqualTo(false);
  }

  @Test
  void moreThanTenAbsentWorkdaysInAYearTriggerAWarning() {
    String[] mondays = {"2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-03-30", "2026-04-13",
        "2026-04-20", "2026-04-27", "2026-05-11", "2026-05-18"};
    assertThat(absences(mondays).get("warn")).isEqualTo(false);

    String[] eleven = Arrays.copyOf(mondays, 11);
    eleven[10] = "2026-05-25";
    DecisionResult result = absences(eleven);

    assertThat(result.get("total")).isEqualTo(11);
    assertThat(result.get("longestRun")).isEqualTo(1);
    assertThat(result.get("warn")).isEqualTo(true);
  }

  @Test
  void aDayThatIsNotAWorkdayCannotBeAnAbsence() {
    assertThatThrownBy(() -> absences("2026-03-02", "2026-03-07")).isInstanceOf(InvalidFactsException.class)
        .hasMessageStartingWith("absences[1]:").hasMessageContaining("不是工作日");
    assertThatThrownBy(() -> absences("2026-10-01")).hasMessageContaining("不是工作日");
  }

  @Test
  void aYearWithoutACalendarIsAnErrorNotAGuess() {
    assertThatThrownBy(() -> absences("2028-03-01")).isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("2028").hasMessageContaining("rules/calendar/2028.csv");
  }

  static DecisionResult absences(String... days) {
    return Decisions.decide("warning-trigger",
        Arrays.stream(days).map(day -> "\"" + day + "\"").collect(Collectors.joining(",", "{\"absences\":[", "]}")));
  }
}
