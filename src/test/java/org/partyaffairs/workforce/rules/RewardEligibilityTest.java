package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** reward-eligibility: 001 第二十三条(三). */
class RewardEligibilityTest {

  @ParameterizedTest(name = "001 第二十三条(三): {0} 然后 {1} → 奖励 {2}，处理 {3}")
  @CsvSource({
      "EXCELLENT, EXCELLENT, 7200, ''",
      "QUALIFIED, QUALIFIED, 4800, ''",
      "EXCELLENT, QUALIFIED, 0, MANUAL_REVIEW",
      "QUALIFIED, EXCELLENT, 0, MANUAL_REVIEW",
      "EXCELLENT, BASIC, 0, TALK",
      "QUALIFIED, FAIL, 0, DISMISS",
      "BASIC, QUALIFIED, 0, ''",
      "FAIL, EXCELLENT, 0, ''"})
  void theLastTwoYearsDecideRewardAndConsequence(String lastYear, String thisYear, int reward, String action) {
    DecisionResult result = Decisions.decide("reward-eligibility",
        "{\"grades\":{\"2025\":\"" + lastYear + "\",\"2026\":\"" + thisYear + "\"},\"year\":2026}");

    assertThat(result.get("reward")).isEqualTo(reward);
    assertThat(result.get("actions")).isEqualTo(action.isEmpty() ? List.of() : List.of(action));
  }

  @Test
  void aYearWithoutItsGradeIsRefused() {
    assertThatThrownBy(() -> Decisions.decide("reward-eligibility", "{\"grades\":{\"2025\":\"EXCELLENT\"},\"year\":2026}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("grades:");
  }
}
