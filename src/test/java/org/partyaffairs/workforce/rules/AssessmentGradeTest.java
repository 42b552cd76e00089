package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** assessment-grade at every band edge of every policy. */
class AssessmentGradeTest {

  @ParameterizedTest(name = "000 第十条: {0} 分为 {2}")
  @CsvSource({
      "0, FAIL, 不合格", "59.99, FAIL, 不合格", "60, BASIC, 基本合格", "69.99, BASIC, 基本合格",
      "70, QUALIFIED, 合格", "79.99, QUALIFIED, 合格", "80, QUALIFIED, 合格", "89.99, QUALIFIED, 合格",
      "90, EXCELLENT, 优秀", "100, EXCELLENT, 优秀"})
  void kunshanBandsOfArticle10(String score, String grade, String label) {
    DecisionResult result = grade("kunshan", score);

    assertThat(result.get("grade")).isEqualTo(grade);
    assertThat(result.get("label")).isEqualTo(label);
    assertThat(result.explanation()).singleElement().satisfies(rule -> {
      assertThat(rule.article()).isEqualTo("000 第十条");
      assertThat(rule.rule()).contains(label);
      assertThat(rule.file()).isEqualTo("rules/assessment/assessment-grade.drl");
    });
  }

  @ParameterizedTest(name = "001 第二十二条: {0} 分为 {2}")
  @CsvSource({
      "0, FAIL, 不称职", "59.99, FAIL, 不称职", "60, BASIC, 基本称职", "69.99, BASIC, 基本称职",
      "70, BASIC, 基本称职", "79.99, BASIC, 基本称职", "80, QUALIFIED, 称职", "89.99, QUALIFIED, 称职",
      "90, EXCELLENT, 优秀", "100, EXCELLENT, 优秀"})
  void lanzhouBandsOfArticle22(String score, String grade, String label) {
    DecisionResult result = grade("lanzhou", score);

    assertThat(result.get("grade")).isEqualTo(grade);
    assertThat(result.get("label")).isEqualTo(label);
    assertThat(result.explanation()).extracting(Explanation::article).containsOnly("001 第二十二条");
  }

  @ParameterizedTest(name = "004 三: {0} 分为 {1}，可评先评优 {2}，优秀人选 {3}")
  @CsvSource({
      "0, FAIL, false, false", "69.99, FAIL, false, false", "70, FAIL, false, false",
      "70.01, QUALIFIED, false, false", "89.99, QUALIFIED, false, false", "90, QUALIFIED, true, false",
      "107.99, QUALIFIED, true, false", "108, QUALIFIED, true, true", "130, QUALIFIED, true, true"})
  void pointsSystemReadsSeventyAndBelowAsFail(String score, String grade, boolean awardEligible,
      boolean excellentCandidate) {
    DecisionResult result = grade("points", score);

    assertThat(result.get("grade")).isEqualTo(grade);
    assertThat(result.get("awardEligible")).isEqualTo(awardEligible);
    assertThat(result.get("excellentCandidate")).isEqualTo(excellentCandidate);
    assertThat(result.explanation()).extracting(Explanation::article).containsOnly("004 三");
  }

  @Test
  void withoutAPolicyTheCitysConfiguredOneGrades() {
    assertThat(Decisions.decide("assessment-grade", "{\"score\": 85}").get("label")).isEqualTo("合格");
  }

  @Test
  void anUnknownPolicyIsRefusedNamingTheField() {
    assertThatThrownBy(() -> grade("beijing", "90")).isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("policy").hasMessageContaining("beijing");
  }

  @Test
  void aMissingOrNegativeScoreIsRefused() {
    assertThatThrownBy(() -> Decisions.decide("assessment-grade", "{\"policy\": \"kunshan\"}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("score");
    assertThatThrownBy(() -> grade("kunshan", "-1")).isInstanceOf(InvalidFactsException.class)
        .hasMessageStartingWith("score");
  }

  private static DecisionResult grade(String policy, String score) {
    return Decisions.decide("assessment-grade", "{\"policy\": \"" + policy + "\", \"score\": " + score + "}");
  }
}
