package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * exchange-eligibility: 000 第十二条 (在专职党务工作者岗位上工作满5年，表现突出的同志，优先在本区镇内进行交流使用或重用),
 * with the city's demo reading of 表现突出: among the latest 3 annual grades at least 1 优秀 and none below 合格.
 */
class ExchangeEligibilityTest {

  private static final String OUTSTANDING = "{\"2023\":\"QUALIFIED\",\"2024\":\"EXCELLENT\",\"2025\":\"QUALIFIED\"}";

  @ParameterizedTest(name = "000 第十二条: 任现岗位 {0}，参照日 {1} → 满 {2} 年，优先交流 {3}")
  @CsvSource({
      "2021-12-07, 2026-12-06, 4, false", // 4 years and 364 days
      "2021-12-06, 2026-12-06, 5, true",  // five years to the day
      "2021-12-05, 2026-12-06, 5, true",
      "2020-02-29, 2025-02-28, 4, false", // a leap day: the fifth anniversary is 1 March
      "2020-02-29, 2025-03-01, 5, true",
      "2026-12-06, 2026-12-06, 0, false"})
  void fiveFullYearsInThePostAreCountedToTheDay(String takenUp, String reference, int years, boolean eligible) {
    DecisionResult result = decide(takenUp, reference, OUTSTANDING);

    assertThat(result.get("fullYearsInPost")).isEqualTo(years);
    assertThat(result.get("fiveYearsInPost")).isEqualTo(years >= 5);
    assertThat(result.get("outstanding")).isEqualTo(true);
    assertThat(result.get("eligible")).isEqualTo(eligible);
    assertThat(result.get("reasons")).isEqualTo(eligible ? List.of() : List.of("UNDER_FIVE_YEARS"));
    assertThat(result.explanation()).extracting(Explanation::article).containsOnly("000 第十二条");
  }

  @ParameterizedTest(name = "000 第十二条（本市解读）: 最近三年 {0} → 表现突出 {1} {2}")
  @CsvSource({
      "'{\"2023\":\"QUALIFIED\",\"2024\":\"QUALIFIED\",\"2025\":\"EXCELLENT\"}', true, ''",
      "'{\"2023\":\"EXCELLENT\",\"2024\":\"EXCELLENT\",\"2025\":\"EXCELLENT\"}', true, ''",
      "'{\"2023\":\"QUALIFIED\",\"2024\":\"QUALIFIED\",\"2025\":\"QUALIFIED\"}', false, TOO_FEW_EXCELLENT",
      "'{\"2023\":\"BASIC\",\"2024\":\"EXCELLENT\",\"2025\":\"EXCELLENT\"}', false, GRADE_TOO_LOW",
      "'{\"2023\":\"FAIL\",\"2024\":\"EXCELLENT\",\"2025\":\"EXCELLENT\"}', false, GRADE_TOO_LOW",
      // a 基本合格 four years back is outside the latest three
      "'{\"2022\":\"BASIC\",\"2023\":\"QUALIFIED\",\"2024\":\"EXCELLENT\",\"2025\":\"QUALIFIED\"}', true, ''",
      // a year without a grade among the latest three is missing, not skipped
      "'{\"2022\":\"EXCELLENT\",\"2023\":\"EXCELLENT\",\"2025\":\"EXCELLENT\"}', false, GRADES_MISSING",
      "'{\"2024\":\"EXCELLENT\",\"2025\":\"EXCELLENT\"}', false, GRADES_MISSING",
      "'{}', false, 'GRADES_MISSING TOO_FEW_EXCELLENT'"})
  void outstandingIsReadFromTheLatestThreeGrades(String grades, boolean outstanding, String reasons) {
    DecisionResult result = decide("2015-01-01", "2026-03-02", grades);

    assertThat(result.get("outstanding")).isEqualTo(outstanding);
    assertThat(result.get("eligible")).isEqualTo(outstanding);
    assertThat(result.get("reasons")).isEqualTo(reasons.isEmpty() ? List.of() : List.of(reasons.split(" ")));
  }

  @Test
  void gradesAfterTheReferenceYearAreNotYetOnRecord() {
    DecisionResult result = decide("2015-01-01", "2024-06-30",
        "{\"2021\":\"EXCELLENT\",\"2022\":\"QUALIFIED\",\"2023\":\"QUALIFIED\",\"2025\":\"FAIL\"}");

    assertThat(result.get("eligible")).isEqualTo(true);
  }

  @Test
  void theCitysReadingIsNamedInTheExplanation() {
    DecisionResult result = decide("2015-01-01", "2026-03-02", OUTSTANDING);

    assertThat(result.explanation()).extracting(Explanation::rule)
        .anyMatch(rule -> rule.contains("本市解读，演示值") && rule.contains("至少1个优秀"));
  }

  @Test
  void aPostTakenUpAfterTheReferenceDateOrMissingFactsAreRefused() {
    assertThatThrownBy(() -> decide("2026-12-07", "2026-12-06", OUTSTANDING))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("postTakenUpOn:");
    assertThatThrownBy(() -> Decisions.decide("exchange-eligibility", "{\"referenceDate\":\"2026-12-06\",\"grades\":{}}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("postTakenUpOn:");
    assertThatThrownBy(() -> decide("2020-01-01", "2026-12-06", "{\"1999\":\"EXCELLENT\"}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("grades");
    assertThatThrownBy(() -> decide("2020-01-01", "2026-12-06", "{\"2025\":\"OUTSTANDING\"}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("grades");
  }

  private static DecisionResult decide(String takenUp, String reference, String grades) {
    return Decisions.decide("exchange-eligibility", "{\"postTakenUpOn\":\"" + takenUp + "\",\"referenceDate\":\""
        + reference + "\",\"grades\":" + grades + "}");
  }
}
