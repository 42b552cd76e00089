package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** probation-outcome: 001 第六条. */
class ProbationOutcomeTest {

  @Test
  void aQualifiedWorkerWhoPassesTheExamAndTheVotePassesProbation() {
    DecisionResult result = probation(true, "72", null, 3, 2, 4, 1);

    assertThat(result.get("passed")).isEqualTo(true);
    assertThat(result.get("reasons")).isEqualTo(List.of());
  }

  @ParameterizedTest(name = "001 第六条: 良好以上 {0}/{1} 票 → 通过 {2}")
  @CsvSource({"5, 10, true", "4, 10, false", "50, 100, true", "49, 100, false", "1, 2, true", "0, 1, false"})
  void exactlyHalfTheVotesGoodOrBetterPassesLessThanHalfFails(int goodOrBetter, int total, boolean passed) {
    DecisionResult result = probation(true, "80", null, goodOrBetter, 0, total - goodOrBetter, 0);

    assertThat(result.get("passed")).isEqualTo(passed);
    assertThat(result.get("reasons")).isEqualTo(passed ? List.of() : List.of("VOTE_BELOW_HALF"));
  }

  @ParameterizedTest(name = "001 第六条: 考试 {0} 分（及格线 {1}）→ 通过 {2}")
  @CsvSource({"59.99, , false", "60, , true", "69.5, 70, false", "70, 70, true"})
  void theExamPassScoreIsSixtyUnlessAnotherIsSet(String score, String passScore, boolean passed) {
    DecisionResult result = probation(true, score, passScore, 5, 5, 0, 0);

    assertThat(result.get("passed")).isEqualTo(passed);
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyFailedConditionIsAReason() {
    DecisionResult result = probation(false, "30", null, 0, 1, 5, 5);

    assertThat(result.get("passed")).isEqualTo(false);
    assertThat((List<Object>) result.get("reasons")).containsExactlyInAnyOrder(
        "QUALIFICATIONS_NOT_MET", "EXAM_FAILED", "VOTE_BELOW_HALF");
  }

  @Test
  void aVoteWithoutBallotsIsRefused() {
    assertThatThrownBy(() -> probation(true, "80", null, 0, 0, 0, 0)).isInstanceOf(InvalidFactsException.class)
        .hasMessageStartingWith("votes:");
  }

  private static DecisionResult probation(boolean qualified, String exam, String passScore, int excellent, int good,
      int fair, int poor) {
    return Decisions.decide("probation-outcome", "{\"qualificationsMet\":" + qualified + ",\"examScore\":" + exam
        + (passScore == null ? "" : ",\"examPassScore\":" + passScore)
        + ",\"votes\":{\"excellent\":" + excellent + ",\"good\":" + good + ",\"fair\":" + fair + ",\"poor\":" + poor + "}}");
  }
}
