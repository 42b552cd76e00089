package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * red-collar-allowance: 002 专属待遇保障 (年度考核“称职”及以上的……按资格等级，每年发放“红领津贴”; 对考核结果未达到“称职”的，
 * 取消当年度“红领津贴”), with the city's demo amounts 2400 / 3600 / 6000 / 9600 yuan a year.
 */
class RedCollarAllowanceTest {

  @ParameterizedTest(name = "002 专属待遇保障: {0} {1} → {2} 元")
  @CsvSource({
      "PRIMARY, EXCELLENT, 2400", "PRIMARY, QUALIFIED, 2400", "PRIMARY, BASIC, 0", "PRIMARY, FAIL, 0",
      "INTERMEDIATE, QUALIFIED, 3600", "INTERMEDIATE, BASIC, 0",
      "SENIOR, EXCELLENT, 6000", "SENIOR, BASIC, 0",
      "SPECIAL, QUALIFIED, 9600", "SPECIAL, FAIL, 0"})
  void theLevelsAmountWhenTheGradeIsQualifiedOrBetterElseNothing(String level, String grade, long yuan) {
    DecisionResult result = decide(level, grade);

    assertThat(((Number) result.get("allowance")).longValue()).isEqualTo(yuan);
    assertThat(result.get("granted")).isEqualTo(yuan > 0);
    assertThat(result.get("reasons")).isEqualTo(yuan > 0 ? List.of() : List.of("BELOW_QUALIFIED"));
    assertThat(result.explanation()).extracting(Explanation::article).containsOnly("002 专属待遇保障");
  }

  @Test
  void theAmountIsTheCitysDemoRowAndTheCancellationCitesTheText() {
    assertThat(decide("SENIOR", "QUALIFIED").explanation()).extracting(Explanation::rule)
        .anyMatch(rule -> rule.contains("高级红领津贴每年6000元（本市标准，演示值）"));
    assertThat(decide("SENIOR", "BASIC").explanation()).extracting(Explanation::rule)
        .anyMatch(rule -> rule.contains("取消当年度红领津贴"));
  }

  @Test
  void anUnknownLevelOrAMissingGradeIsRefusedNamingTheField() {
    assertThatThrownBy(() -> Decisions.decide("red-collar-allowance", "{\"level\":\"GOLD\",\"grade\":\"QUALIFIED\"}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("level");
    assertThatThrownBy(() -> Decisions.decide("red-collar-allowance", "{\"level\":\"PRIMARY\"}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("grade:");
  }

  private static DecisionResult decide(String level, String grade) {
    return Decisions.decide("red-collar-allowance", "{\"level\":\"" + level + "\",\"grade\":\"" + grade + "\"}");
  }
}
