package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** points-score: the points system of 004 附件1 and 附件2. */
class PointsScoreTest {

  @Test
  void aCityCommendationAndTwoLateDuesMakeAHundredAndFour() {
    DecisionResult result = points("[{\"item\":13,\"count\":1,\"level\":\"city\"},{\"item\":17,\"count\":2}]", "[]");

    assertThat(result.get("bonus")).isEqualTo(10L);
    assertThat(result.get("deductions")).isEqualTo(6L);
    assertThat(result.get("total")).isEqualTo(104L);
    assertThat(result.get("veto")).isEqualTo(false);
    assertThat(result.explanation()).extracting(Explanation::rule).contains(
        "004 附件2: 第13项「当年度获得表彰」（市级表彰）加10分", "004 附件2: 第17项「不按时交纳党费」每次减3分");
  }

  @Test
  void deductionsStopAtTheBaseWhileBonusesStillCount() {
    DecisionResult result = points(
        "[{\"item\":22,\"count\":3,\"level\":\"probation\"},{\"item\":11,\"count\":1}]", "[]");

    assertThat(result.get("deductions")).isEqualTo(120L);
    assertThat(result.get("bonus")).isEqualTo(10L);
    assertThat(result.get("total")).isEqualTo(10L);
  }

  @Test
  void bonusesAreUncapped() {
    assertThat(points("[{\"item\":13,\"count\":2,\"level\":\"national\"}]", "[]").get("total")).isEqualTo(160L);
  }

  @Test
  void aOneVoteVetoMakesTheYearZeroAndFailWhateverTheBonuses() {
    DecisionResult result = points("[{\"item\":13,\"count\":1,\"level\":\"national\"}]", "[2]");

    assertThat(result.get("veto")).isEqualTo(true);
    assertThat(result.get("total")).isEqualTo(0L);
    assertThat(result.get("grade")).isEqualTo("FAIL");
    assertThat(result.explanation()).extracting(Explanation::article).contains("004 附件1");
  }

  @ParameterizedTest(name = "004 附件2: 第{0}项 {1} ×{2} 减{3}分")
  @CsvSource({"15, , 1, 3", "15, strong-reaction, 1, 5", "16, , 2, 6", "16, on-leave, 2, 4", "18, relative, 1, 5",
      "19, , 1, 10", "22, warning, 1, 10", "22, serious-warning, 1, 20", "22, removal, 1, 30", "23, strong-reaction, 2, 10"})
  void deductionsFollowTheTableRowAndLevel(int item, String level, int count, long deduction) {
    String levelJson = level == null ? "" : ",\"level\":\"" + level + "\"";
    DecisionResult result = points("[{\"item\":" + item + ",\"count\":" + count + levelJson + "}]", "[]");

    assertThat(result.get("deductions")).isEqualTo(deduction);
    assertThat(result.get("total")).isEqualTo(100L - deduction);
  }

  @Test
  void aCommendationWithoutItsLevelOrWithAnUnknownOneIsRefused() {
    assertThatThrownBy(() -> points("[{\"item\":13,\"count\":1}]", "[]")).isInstanceOf(InvalidFactsException.class)
        .hasMessageStartingWith("events:").hasMessageContaining("第13项");
    assertThatThrownBy(() -> points("[{\"item\":22,\"count\":1,\"level\":\"expelled\"}]", "[]"))
        .hasMessageContaining("第22项");
  }

  @Test
  void itemsOutsideTheTableAreRefused() {
    assertThatThrownBy(() -> points("[{\"item\":3,\"count\":1}]", "[]")).hasMessageContaining("vetoes");
    assertThatThrownBy(() -> points("[{\"item\":24,\"count\":1}]", "[]")).hasMessageContaining("第24项");
  }

  @Test
  void aNegativeCountOrAnUnknownVetoIsRefusedNamingTheField() {
    assertThatThrownBy(() -> points("[{\"item\":7,\"count\":-1}]", "[]")).isInstanceOf(InvalidFactsException.class)
        .hasMessageStartingWith("events[0].count:");
    assertThatThrownBy(() -> points("[]", "[7]")).isInstanceOf(InvalidFactsException.class)
        .hasMessageStartingWith("vetoes[0]");
  }

  private static DecisionResult points(String events, String vetoes) {
    return Decisions.decide("points-score", "{\"events\":" + events + ",\"vetoes\":" + vetoes + "}");
  }
}
