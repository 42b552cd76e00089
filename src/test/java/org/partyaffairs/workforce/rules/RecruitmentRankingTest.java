package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** recruitment-ranking: 000 第五条, the weights and tie rules of the city's plan. */
class RecruitmentRankingTest {

  @Test
  void theTotalWeighsExamAndInterviewEquallyAndRanksFromTheTop() {
    DecisionResult result = rank(1, "a:80:70", "b:90:90");

    assertThat(ranking(result)).containsExactly(entry("b", "90.00", 1), entry("a", "75.00", 2));
    assertThat(result.get("shortlist")).isEqualTo(List.of("b"));
    assertThat(result.get("tieAtCut")).isEqualTo(false);
    assertThat(result.explanation()).extracting(Explanation::article).containsExactly("000 第五条");
  }

  @Test
  void anEqualTotalIsDecidedByTheExamThenByTheInterview() {
    DecisionResult byExam = rank(1, "a:70:90", "b:90:70");
    DecisionResult byInterview = rank(1, "a:80.5:79.5", "b:80.5:79.5", "c:80:80");

    assertThat(byExam.get("shortlist")).isEqualTo(List.of("b"));
    assertThat(ranking(byInterview)).extracting(ranked -> ranked.get("candidateId")).containsExactly("a", "b", "c");
  }

  @Test
  void candidatesEqualInEverythingShareTheRankAndAreAllShortlistedAtTheCut() {
    DecisionResult result = rank(2, "a:95:95", "b:85:85", "c:85:85", "d:60:60");

    assertThat(ranking(result)).extracting(ranked -> ranked.get("rank")).containsExactly(1L, 2L, 2L, 4L);
    assertThat(result.get("shortlist")).isEqualTo(List.of("a", "b", "c"));
    assertThat(result.get("tieAtCut")).isEqualTo(true);
  }

  @Test
  void scoresOutsideZeroToHundredOrNoPostsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> rank(1, "a:100.5:80")).isInstanceOf(InvalidFactsException.class)
        .hasMessageStartingWith("applicants[0].exam:");
    assertThatThrownBy(() -> rank(1, "a:80:-1")).isInstanceOf(InvalidFactsException.class)
        .hasMessageStartingWith("applicants[0].interview:");
    assertThatThrownBy(() -> rank(0, "a:80:80")).isInstanceOf(InvalidFactsException.class)
        .hasMessageStartingWith("posts:");
    assertThatThrownBy(() -> Decisions.decide("recruitment-ranking", "{\"applicants\":[],\"posts\":1}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("applicants:");
  }

  /** Applicants written as "id:exam:interview". */
  private static DecisionResult rank(int posts, String... applicants) {
    return Decisions.decide("recruitment-ranking", Stream.of(applicants).map(applicant -> applicant.split(":"))
        .map(a -> "{\"candidateId\":\"" + a[0] + "\",\"exam\":" + a[1] + ",\"interview\":" + a[2] + "}")
        .collect(Collectors.joining(",", "{\"applicants\":[", "],\"posts\":" + posts + "}")));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> ranking(DecisionResult result) {
    return (List<Map<String, Object>>) result.get("ranking");
  }

  private static Map<String, Object> entry(String id, String total, long rank) {
    return Map.of("candidateId", id, "total", new BigDecimal(total), "rank", rank);
  }
}
