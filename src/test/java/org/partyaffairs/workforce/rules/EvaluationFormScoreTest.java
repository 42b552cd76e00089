package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** evaluation-form-score: Kunshan's 16-item form (000 附件). */
class EvaluationFormScoreTest {

  @Test
  void fullMarksOnEveryItemOfTheAnnexMakeAHundred() {
    DecisionResult result = form(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 10, 10, 10, 10, 5, 5);

    assertThat(number(result, "total")).isEqualByComparingTo("100");
    assertThat(number(result, "de")).isEqualByComparingTo("10");
    assertThat(number(result, "neng")).isEqualByComparingTo("30");
    assertThat(number(result, "qin")).isEqualByComparingTo("10");
    assertThat(number(result, "ji")).isEqualByComparingTo("40");
    assertThat(number(result, "lian")).isEqualByComparingTo("10");
    assertThat(result.explanation()).extracting(Explanation::article).containsOnly("000 附件");
  }

  @Test
  void theDimensionsOfTheAnnexAddUpTheirOwnItems() {
    DecisionResult result = Decisions.decide("evaluation-form-score",
        "{\"item1\":4.5,\"item2\":3,\"item3\":1,\"item4\":2,\"item5\":3,\"item6\":4,\"item7\":5,\"item8\":0,"
            + "\"item9\":5,\"item10\":4,\"item11\":9.5,\"item12\":8,\"item13\":7,\"item14\":6,\"item15\":5,\"item16\":4}");

    assertThat(number(result, "de")).isEqualByComparingTo("7.5");
    assertThat(number(result, "neng")).isEqualByComparingTo("15");
    assertThat(number(result, "qin")).isEqualByComparingTo("9");
    assertThat(number(result, "ji")).isEqualByComparingTo("30.5");
    assertThat(number(result, "lian")).isEqualByComparingTo("9");
    assertThat(number(result, "total")).isEqualByComparingTo("71");
  }

  @ParameterizedTest(name = "000 附件: 第{0}项满分{1}分，{2}分被拒绝")
  @CsvSource({"1, 5, 5.01", "10, 5, 6", "11, 10, 10.5", "14, 10, 11", "15, 5, 5.5", "16, 5, 100"})
  void anItemAboveItsMaximumIsRefusedNamingTheItem(int item, int maximum, String score) {
    String json = IntStream.rangeClosed(1, 16)
        .mapToObj(n -> "\"item" + n + "\":" + (n == item ? score : "0")).collect(Collectors.joining(",", "{", "}"));

    assertThatThrownBy(() -> Decisions.decide("evaluation-form-score", json)).isInstanceOf(InvalidFactsException.class)
        .hasMessageStartingWith("item" + item + ":").hasMessageContaining("满分" + maximum + "分");
  }

  @Test
  void aNegativeOrMissingItemIsRefusedNamingTheItem() {
    assertThatThrownBy(() -> form(5, 5, -1, 5, 5, 5, 5, 5, 5, 5, 10, 10, 10, 10, 5, 5))
        .hasMessageStartingWith("item3:");
    assertThatThrownBy(() -> Decisions.decide("evaluation-form-score", "{\"item1\": 5}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("item10:");
  }

  private static DecisionResult form(int... items) {
    return Decisions.decide("evaluation-form-score", IntStream.range(0, items.length)
        .mapToObj(i -> "\"item" + (i + 1) + "\":" + items[i]).collect(Collectors.joining(",", "{", "}")));
  }

  private static BigDecimal number(DecisionResult result, String field) {
    return new BigDecimal(result.get(field).toString());
  }
}
