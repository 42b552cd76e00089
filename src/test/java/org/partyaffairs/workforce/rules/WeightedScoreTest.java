package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** weighted-score: 001 第二十一条 (40% ordinary, 60% annual) and 003 (30% self, 70% organisation). */
class WeightedScoreTest {

  @ParameterizedTest(name = "001 第二十一条: 平时{0} 年度{1} → {2}")
  @CsvSource({"80, 90, 86.0", "75, 50, 60", "100, 100, 100", "0, 0, 0", "59.99, 60, 59.996"})
  void lanzhouWeighsOrdinaryFortyAndAnnualSixty(String ordinary, String annual, String expected) {
    DecisionResult result = Decisions.decide("weighted-score",
        "{\"policy\":\"lanzhou\",\"ordinary\":" + ordinary + ",\"annual\":" + annual + "}");

    assertThat(new BigDecimal(result.get("score").toString())).isEqualByComparingTo(expected);
    assertThat(result.explanation()).extracting(Explanation::article).containsExactly("001 第二十一条");
  }

  @Test
  void weightingIsExactDecimalSoABandEdgeStaysOnItsSide() {
    DecisionResult result = Decisions.decide("weighted-score", "{\"policy\":\"lanzhou\",\"ordinary\":75,\"annual\":50}");

    assertThat(result.get("score").toString()).isEqualTo("60.0");
  }

  @Test
  void qianjiangWeighsSelfThirtyAndOrganisationSeventy() {
    DecisionResult result = Decisions.decide("weighted-score",
        "{\"policy\":\"qianjiang\",\"self\":90,\"organisation\":80}");

    assertThat(new BigDecimal(result.get("score").toString())).isEqualByComparingTo("83");
    assertThat(result.explanation()).extracting(Explanation::article).containsExactly("003");
  }

  @Test
  void aMissingScoreOfThePolicyIsRefusedNamingIt() {
    assertThatThrownBy(() -> Decisions.decide("weighted-score", "{\"policy\":\"lanzhou\",\"ordinary\":80}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("annual:");
    assertThatThrownBy(() -> Decisions.decide("weighted-score", "{\"policy\":\"qianjiang\",\"self\":80}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("organisation:");
  }

  @Test
  void scoresOutsideZeroToHundredAndUnknownPoliciesAreRefused() {
    assertThatThrownBy(() -> Decisions.decide("weighted-score", "{\"policy\":\"lanzhou\",\"ordinary\":101,\"annual\":80}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("ordinary:");
    assertThatThrownBy(() -> Decisions.decide("weighted-score", "{\"policy\":\"kunshan\",\"ordinary\":80,\"annual\":80}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("policy:");
  }
}
