package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The qualified candidates of a recruitment and the posts it fills (000 第五条). */
public record RankingFacts(@NotEmpty List<@Valid @NotNull Applicant> applicants, @NotNull @Positive @Max(value = 10_000, message = "岗位数过大") Integer posts)
    implements Facts {

  public RankingFacts {
    applicants = Lists.unmodifiable(applicants);
  }

  /**
   * Every applicant with the weighted total and a rank: by total, then by exam score, then by
   * interview score; applicants equal in all three share a rank.
   */
  public List<Map<String, Object>> ranking(String examWeight, String interviewWeight) {
    Comparator<Applicant> better = Comparator.comparing((Applicant a) -> total(a, examWeight, interviewWeight))
        .thenComparing(Applicant::exam).thenComparing(Applicant::interview).reversed();
    return applicants.stream().sorted(better).map(applicant -> {
      Map<String, Object> ranked = new LinkedHashMap<>();
      ranked.put("candidateId", applicant.candidateId());
      ranked.put("total", total(applicant, examWeight, interviewWeight));
      ranked.put("rank", 1 + applicants.stream().filter(other -> better.compare(other, applicant) < 0).count());
      return ranked;
    }).toList();
  }

  /** Those ranked within the posts; applicants tied at the last place all come in. */
  public List<String> shortlist(List<Map<String, Object>> ranking) {
    return ranking.stream().filter(ranked -> ((Long) ranked.get("rank")) <= posts)
        .map(ranked -> (String) ranked.get("candidateId")).toList();
  }

  private static BigDecimal total(Applicant applicant, String examWeight, String interviewWeight) {
    return applicant.exam().multiply(new BigDecimal(examWeight))
        .add(applicant.interview().multiply(new BigDecimal(interviewWeight)))
        .setScale(2, RoundingMode.HALF_UP);
  }
}
