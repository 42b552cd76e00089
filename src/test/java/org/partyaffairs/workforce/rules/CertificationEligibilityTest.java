package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * certification-eligibility: 002 专职资格认证 (资格水平划分为初级、中级、高级、特级; 任职年限、工作实绩) and 002 专业能力培训
 * (测试合格后方可参加资格认证和等级晋升), with the city's demo rows: 初级 1 year and the last grade 合格;
 * 中级 3 years, the last 2 合格; 高级 5 years, the last 3 合格 with one 优秀; 特级 8 years, the last 3 with two 优秀.
 */
class CertificationEligibilityTest {

  private static final String GOOD = "{\"2023\":\"QUALIFIED\",\"2024\":\"EXCELLENT\",\"2025\":\"EXCELLENT\"}";

  @ParameterizedTest(name = "002 专职资格认证: {0}（现 {1}）任职 {2} 年 → {3} {4}")
  @CsvSource({
      "PRIMARY, '', 0, false, TOO_FEW_YEARS",
      "PRIMARY, '', 1, true, ''",
      "INTERMEDIATE, PRIMARY, 2, false, TOO_FEW_YEARS",
      "INTERMEDIATE, PRIMARY, 3, true, ''",
      "SENIOR, INTERMEDIATE, 4, false, TOO_FEW_YEARS",
      "SENIOR, INTERMEDIATE, 5, true, ''",
      "SPECIAL, SENIOR, 7, false, TOO_FEW_YEARS",
      "SPECIAL, SENIOR, 8, true, ''"})
  void theYearsInServiceOfEachLevelAreTheCitysRow(String level, String current, int years, boolean eligible,
      String reasons) {
    DecisionResult result = decide(level, current, true, years, GOOD, 2026);

    assertThat(result.get("eligible")).isEqualTo(eligible);
    assertThat(result.get("reasons")).isEqualTo(reasons(reasons));
    assertThat(result.explanation()).extracting(Explanation::rule).anyMatch(rule -> rule.contains("本市认证办法，演示值"));
  }

  @ParameterizedTest(name = "002 完善定期晋级制度: 申报 {0}，现 {1} → {2}")
  @CsvSource({
      "PRIMARY, '', true",
      "INTERMEDIATE, '', false",
      "SENIOR, PRIMARY, false",
      "INTERMEDIATE, PRIMARY, true",
      "PRIMARY, PRIMARY, false",
      "SPECIAL, SENIOR, true",
      "SPECIAL, SPECIAL, false"})
  void aWorkerAppliesForTheFirstLevelOrTheOneAboveTheLevelHeld(String level, String current, boolean eligible) {
    DecisionResult result = decide(level, current, true, 10, GOOD, 2026);

    assertThat(result.get("eligible")).isEqualTo(eligible);
    assertThat(result.get("reasons")).isEqualTo(eligible ? List.of() : List.of("LEVEL_NOT_NEXT"));
  }

  @Test
  void withoutAPassedTrainingTestNoLevelIsCertified() {
    DecisionResult result = decide("PRIMARY", "", false, 3, GOOD, 2026);

    assertThat(result.get("eligible")).isEqualTo(false);
    assertThat(result.get("reasons")).isEqualTo(List.of("TRAINING_TEST_NOT_PASSED"));
    assertThat(result.explanation()).extracting(Explanation::article).contains("002 专业能力培训");
  }

  @ParameterizedTest(name = "002 专职资格认证: {0} 最近年度 {1} → {2}")
  @CsvSource({
      "PRIMARY, '{\"2025\":\"QUALIFIED\"}', ''",
      "PRIMARY, '{\"2025\":\"BASIC\"}', GRADE_TOO_LOW",
      "PRIMARY, '{\"2024\":\"EXCELLENT\"}', GRADES_MISSING",
      // the round's own year is not yet assessed: it is not looked at
      "PRIMARY, '{\"2025\":\"QUALIFIED\",\"2026\":\"FAIL\"}', ''",
      "INTERMEDIATE, '{\"2024\":\"BASIC\",\"2025\":\"QUALIFIED\"}', GRADE_TOO_LOW",
      "INTERMEDIATE, '{\"2023\":\"BASIC\",\"2024\":\"QUALIFIED\",\"2025\":\"QUALIFIED\"}', ''",
      "SENIOR, '{\"2023\":\"QUALIFIED\",\"2024\":\"QUALIFIED\",\"2025\":\"QUALIFIED\"}', TOO_FEW_EXCELLENT",
      "SENIOR, '{\"2023\":\"QUALIFIED\",\"2024\":\"QUALIFIED\",\"2025\":\"EXCELLENT\"}', ''",
      "SPECIAL, '{\"2023\":\"QUALIFIED\",\"2024\":\"QUALIFIED\",\"2025\":\"EXCELLENT\"}', TOO_FEW_EXCELLENT",
      "SPECIAL, '{\"2023\":\"FAIL\",\"2024\":\"EXCELLENT\",\"2025\":\"EXCELLENT\"}', GRADE_TOO_LOW",
      "SPECIAL, '{}', 'GRADES_MISSING TOO_FEW_EXCELLENT'"})
  void theLastGradesOfEachLevelAreTheCitysRow(String level, String grades, String reasons) {
    String current = switch (level) {
      case "INTERMEDIATE" -> "PRIMARY";
      case "SENIOR" -> "INTERMEDIATE";
      case "SPECIAL" -> "SENIOR";
      default -> "";
    };
    DecisionResult result = decide(level, current, true, 10, grades, 2026);

    assertThat(result.get("reasons")).isEqualTo(reasons(reasons));
    assertThat(result.get("eligible")).isEqualTo(reasons.isEmpty());
  }

  @Test
  void missingOrUnknownFactsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> Decisions.decide("certification-eligibility",
        "{\"trainingTestPassed\":true,\"yearsInService\":1,\"grades\":{},\"year\":2026}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("requestedLevel:");
    assertThatThrownBy(() -> Decisions.decide("certification-eligibility",
        "{\"requestedLevel\":\"PRIMARY\",\"trainingTestPassed\":true,\"yearsInService\":-1,\"grades\":{},\"year\":2026}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("yearsInService:");
  }

  private static List<String> reasons(String codes) {
    return codes.isEmpty() ? List.of() : List.of(codes.split(" "));
  }

  private static DecisionResult decide(String level, String current, boolean passed, int years, String grades,
      int year) {
    return Decisions.decide("certification-eligibility", "{\"requestedLevel\":\"" + level + "\","
        + (current.isEmpty() ? "" : "\"currentLevel\":\"" + current + "\",") + "\"trainingTestPassed\":" + passed
        + ",\"yearsInService\":" + years + ",\"grades\":" + grades + ",\"year\":" + year + "}");
  }
}
