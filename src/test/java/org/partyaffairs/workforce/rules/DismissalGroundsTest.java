package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** dismissal-grounds: the seven grounds of 000 第十四条. */
class DismissalGroundsTest {

  private static final String CLEAN = "\"assessmentEligible\":true,\"grades\":{},\"year\":2026,"
      + "\"criminalPenalty\":false,\"administrativeDetention\":false,\"publicSecurityPenalty\":false,"
      + "\"seriousIncident\":false,\"otherReason\":null";

  @Test
  void aCleanRecordGivesNoGround() {
    DecisionResult result = dismissal("[]", CLEAN);

    assertThat(result.get("dismiss")).isEqualTo(false);
    assertThat(result.get("grounds")).isEqualTo(List.of());
  }

  @Test
  void twoConsecutiveYearsOfBasicAreAGroundUnderArticle14Item5() {
    DecisionResult result = dismissal("[]", CLEAN.replace("\"grades\":{}", "\"grades\":{\"2025\":\"BASIC\",\"2026\":\"BASIC\"}"));

    assertThat(result.get("dismiss")).isEqualTo(true);
    assertThat(result.get("grounds")).isEqualTo(List.of("TWO_CONSECUTIVE_BASIC"));
    assertThat(result.explanation()).extracting(Explanation::article).contains("000 第十四条 5");
  }

  @Test
  void basicOnceIsNoGround() {
    assertThat(dismissal("[]", CLEAN.replace("\"grades\":{}", "\"grades\":{\"2025\":\"QUALIFIED\",\"2026\":\"BASIC\"}"))
        .get("dismiss")).isEqualTo(false);
  }

  @Test
  void sixteenConsecutiveAbsentWorkdaysAreAGroundFifteenAreNot() {
    assertThat(dismissal(workdaysFrom("2026-03-02", 15), CLEAN).get("grounds")).isEqualTo(List.of());
    assertThat(dismissal(workdaysFrom("2026-03-02", 16), CLEAN).get("grounds")).isEqualTo(List.of("CONSECUTIVE_ABSENCE"));
  }

  @Test
  void thirtyOneAbsentWorkdaysInTheYearAreAGroundThirtyAreNot() {
    assertThat(dismissal(everyOtherWorkday(30), CLEAN).get("grounds")).isEqualTo(List.of());
    assertThat(dismissal(everyOtherWorkday(31), CLEAN).get("grounds")).isEqualTo(List.of("CUMULATIVE_ABSENCE"));
  }

  @Test
  void eachOtherGroundOfArticle14IsNamed() {
    assertThat(grounds("\"assessmentEligible\":true", "\"assessmentEligible\":false")).containsExactly("ELIGIBILITY_REVOKED");
    assertThat(grounds("\"grades\":{}", "\"grades\":{\"2026\":\"FAIL\"}")).containsExactly("ANNUAL_FAIL");
    assertThat(grounds("\"criminalPenalty\":false", "\"criminalPenalty\":true")).containsExactly("CRIMINAL_OR_DETENTION");
    assertThat(grounds("\"administrativeDetention\":false", "\"administrativeDetention\":true"))
        .containsExactly("CRIMINAL_OR_DETENTION");
    assertThat(grounds("\"publicSecurityPenalty\":false", "\"publicSecurityPenalty\":true"))
        .containsExactly("PUBLIC_SECURITY_PENALTY");
    assertThat(grounds("\"seriousIncident\":false", "\"seriousIncident\":true")).containsExactly("SERIOUS_INCIDENT");
    assertThat(grounds("\"otherReason\":null", "\"otherReason\":\"长期拒不履行职责\"")).containsExactly("OTHER");
    assertThat(grounds("\"otherReason\":null", "\"otherReason\":\"  \"")).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static List<String> grounds(String clean, String replacement) {
    return (List<String>) dismissal("[]", CLEAN.replace(clean, replacement)).get("grounds");
  }

  private static DecisionResult dismissal(String absences, String record) {
    return Decisions.decide("dismissal-grounds", "{\"absences\":" + absences + "," + record + "}");
  }

  private static String workdaysFrom(String first, int count) {
    return workdays(LocalDate.parse(first), count, 1);
  }

  private static String everyOtherWorkday(int count) {
    return workdays(LocalDate.parse("2026-03-02"), count, 2);
  }

  /** {@code count} working days from {@code first}, taking one in every {@code step}. */
  private static String workdays(LocalDate first, int count, int step) {
    WorkdayCalendar calendar = WorkdayCalendar.load(RuleBase.FOLDER + "/calendar");
    List<LocalDate> days = new ArrayList<>();
    LocalDate day = calendar.isWorkday(first) ? first : calendar.nextWorkday(first);
    while (days.size() < count) {
      days.add(day);
      for (int i = 0; i < step; i++) {
        day = calendar.nextWorkday(day);
      }
    }
    return days.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(",", "[", "]"));
  }
}
