package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * quarterly-ordinary-score: the 平时考核 is the mean of the year's scored quarters (001 第十八条(三),
 * 第二十一条), two decimals half up; a quarter without a score is named, never a zero.
 */
class QuarterlyOrdinaryScoreTest {

  @ParameterizedTest(name = "季度 {0} {1} {2} {3} → 平时考核 {4}")
  @CsvSource({
      "80, 90, 85, 95, 87.50",
      "100, 100, 100, 100, 100.00",
      "0, 0, 0, 0, 0.00",
      "89.99, 90, 90, 90, 90.00", // 89.9975 rounds half up to 90.00
      "89.94, 90, 90, 90, 89.99", // 89.985: half up gives 89.99 (half even would give 89.98)
      "89.97, 90, 90, 90, 89.99", // 89.9925
      "60, 59, 59, 60, 59.50"})
  void theOrdinaryScoreIsTheMeanOfTheFourQuartersInTwoDecimalsHalfUp(String q1, String q2, String q3, String q4,
      String expected) {
    DecisionResult result = decide("{\"q1\":" + q1 + ",\"q2\":" + q2 + ",\"q3\":" + q3 + ",\"q4\":" + q4 + "}");

    assertThat(result.get("ordinary").toString()).isEqualTo(expected);
    assertThat(result.get("missingQuarters")).isEqualTo(List.of());
    assertThat(result.get("manual")).isEqualTo(false);
    assertThat(result.explanation()).extracting(Explanation::article).containsExactly("001 第十八条(三), 第二十一条");
  }

  @Test
  void aQuarterWithoutAScoreIsNamedAndLeftOutOfTheMeanNotCountedAsZero() {
    DecisionResult result = decide("{\"q1\":80,\"q2\":90,\"q3\":null,\"q4\":85}");

    assertThat(new BigDecimal(result.get("ordinary").toString())).isEqualByComparingTo("85"); // not 63.75
    assertThat(result.get("missingQuarters")).isEqualTo(List.of("第三季度"));
    assertThat(result.get("manual")).isEqualTo(false);
    assertThat(result.explanation()).extracting(Explanation::article)
        .containsExactlyInAnyOrder("001 第十八条(三), 第二十一条", "001 第十八条(三)");
  }

  @Test
  void quartersLeftOutOfTheFactsCountAsNotScoredAndAreNamedInOrder() {
    DecisionResult result = decide("{\"q2\":70}");

    assertThat(result.get("ordinary").toString()).isEqualTo("70.00");
    assertThat(result.get("missingQuarters")).isEqualTo(List.of("第一季度", "第三季度", "第四季度"));
  }

  @Test
  void withNoScoredQuarterThereIsNoOrdinaryScoreAndTheDepartmentEntersItByHand() {
    DecisionResult result = decide("{}");

    assertThat(result.answer()).doesNotContainKey("ordinary");
    assertThat(result.get("manual")).isEqualTo(true);
    assertThat(result.get("missingQuarters")).isEqualTo(List.of("第一季度", "第二季度", "第三季度", "第四季度"));
    assertThat(result.explanation()).extracting(Explanation::article)
        .containsExactlyInAnyOrder("001 第二十一条", "001 第十八条(三)");
  }

  @ParameterizedTest(name = "{0} = {1} is refused")
  @CsvSource({"q1, 100.01", "q4, -0.01", "q3, 101"})
  void aQuarterlyScoreOutsideZeroToHundredIsRefusedNamingTheQuarter(String quarter, String score) {
    assertThatThrownBy(() -> decide("{\"" + quarter + "\":" + score + "}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith(quarter + ":");
  }

  @Test
  void theEdgesZeroAndHundredAreScores() {
    assertThat(decide("{\"q1\":0}").get("ordinary").toString()).isEqualTo("0.00");
    assertThat(decide("{\"q1\":100}").get("ordinary").toString()).isEqualTo("100.00");
  }

  @Test
  void aFieldOutsideTheContractIsRefused() {
    assertThatThrownBy(() -> decide("{\"q5\":80}")).isInstanceOf(InvalidFactsException.class)
        .hasMessageStartingWith("q5");
  }

  private static DecisionResult decide(String facts) {
    return Decisions.decide("quarterly-ordinary-score", facts);
  }
}
