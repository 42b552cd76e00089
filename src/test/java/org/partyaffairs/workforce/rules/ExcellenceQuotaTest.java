package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** excellence-quota: 001 第二十二条 优秀比例原则上不超过20%; it flags, a person decides. */
class ExcellenceQuotaTest {

  @Test
  void excellentWorkersBeyondTwentyPercentAreFlaggedLowestScoreFirst() {
    DecisionResult result = quota(10, "w1:95", "w2:93", "w3:91");

    assertThat(result.get("quota")).isEqualTo(2);
    assertThat(result.get("overQuota")).isEqualTo(List.of("w3"));
    assertThat(result.explanation()).extracting(Explanation::article).containsExactly("001 第二十二条");
  }

  @Test
  void workersTiedAtTheCutAreAllFlagged() {
    DecisionResult result = quota(10, "w1:98", "w2:95", "w3:95", "w4:92");

    assertThat(result.get("overQuota")).isEqualTo(List.of("w2", "w3", "w4"));
  }

  @Test
  void aCohortWithinTheQuotaFlagsNobody() {
    assertThat(quota(10, "w1:95", "w2:90").get("overQuota")).isEqualTo(List.of());
  }

  @Test
  void theQuotaIsRoundedDown() {
    DecisionResult result = quota(4, "w1:99");

    assertThat(result.get("quota")).isEqualTo(0);
    assertThat(result.get("overQuota")).isEqualTo(List.of("w1"));
    assertThat(quota(15, "w1:99").get("quota")).isEqualTo(3);
  }

  @Test
  void anEmptyCohortOrAMemberWithoutGradeIsRefused() {
    assertThatThrownBy(() -> Decisions.decide("excellence-quota", "{\"cohort\":[]}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("cohort:");
    assertThatThrownBy(() -> Decisions.decide("excellence-quota", "{\"cohort\":[{\"workerId\":\"w1\",\"score\":90}]}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("cohort[0].grade:");
  }

  /** A cohort of the given size: the excellent ones as "id:score", the rest QUALIFIED at 80. */
  private static DecisionResult quota(int size, String... excellent) {
    List<String> members = new ArrayList<>();
    for (String worker : excellent) {
      String[] idAndScore = worker.split(":");
      members.add("{\"workerId\":\"" + idAndScore[0] + "\",\"score\":" + idAndScore[1] + ",\"grade\":\"EXCELLENT\"}");
    }
    for (int i = members.size(); i < size; i++) {
      members.add("{\"workerId\":\"q" + i + "\",\"score\":80,\"grade\":\"QUALIFIED\"}");
    }
    return Decisions.decide("excellence-quota", members.stream().collect(Collectors.joining(",", "{\"cohort\":[", "]}")));
  }
}
