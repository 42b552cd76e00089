package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * certification-exit: 002 专职资格认证 (结合年度考核实行年检……健全完善退出机制), with the city's demo row: the
 * level is lost on a 不合格（不称职） year, or on 2 years running 基本合格（基本称职）.
 */
class CertificationExitTest {

  @ParameterizedTest(name = "002 退出机制: {0} → 退出 {1} {2}")
  @CsvSource({
      "'{\"2026\":\"QUALIFIED\"}', false, ''",
      "'{\"2026\":\"EXCELLENT\"}', false, ''",
      "'{\"2026\":\"BASIC\"}', false, ''",
      "'{\"2025\":\"QUALIFIED\",\"2026\":\"BASIC\"}', false, ''",
      "'{\"2025\":\"BASIC\",\"2026\":\"BASIC\"}', true, BASIC_YEARS_RUNNING",
      "'{\"2024\":\"BASIC\",\"2026\":\"BASIC\"}', false, ''",
      "'{\"2025\":\"BASIC\",\"2026\":\"QUALIFIED\"}', false, ''",
      "'{\"2026\":\"FAIL\"}', true, GRADE_FAIL"})
  void aLevelIsLostOnAFailOrTwoBasicYearsRunning(String grades, boolean withdraw, String reasons) {
    DecisionResult result = Decisions.decide("certification-exit", "{\"grades\":" + grades + ",\"year\":2026}");

    assertThat(result.get("withdraw")).isEqualTo(withdraw);
    assertThat(result.get("reasons")).isEqualTo(reasons.isEmpty() ? List.of() : List.of(reasons));
    assertThat(result.explanation()).extracting(Explanation::rule).anyMatch(rule -> rule.contains("本市认证办法，演示值"));
  }

  @Test
  void aYearWithoutAGradeIsRefused() {
    assertThatThrownBy(() -> Decisions.decide("certification-exit", "{\"grades\":{\"2025\":\"FAIL\"},\"year\":2026}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("grades:");
  }
}
