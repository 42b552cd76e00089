package org.partyaffairs.workforce.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partyaffairs.workforce.rules.DecisionResult;
import org.partyaffairs.workforce.rules.DecisionService;
import org.partyaffairs.workforce.rules.Explanation;
import org.partyaffairs.workforce.rules.facts.QuarterlyScoreFacts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The 平时考核 of a Lanzhou assessment from the year's quarterly scores (001 第十八条(三), 第二十一条),
 * by the decision {@code quarterly-ordinary-score}: the mean of the scored quarters, the missing ones
 * named; no computed value when no quarter of the year was scored.
 */
@Component
class QuarterlyOrdinary {

  /** What the scoring form shows and the server holds the submission to. */
  record Ordinary(Map<Integer, BigDecimal> scores, BigDecimal ordinary, List<String> missingQuarters,
      String explanation) {

    boolean computed() {
      return ordinary != null;
    }

    /** One line per quarter, e.g. 第三季度：未评定（不计入平均）. */
    String quarterLines() {
      StringBuilder lines = new StringBuilder();
      for (int quarter = 1; quarter <= 4; quarter++) {
        BigDecimal score = scores.get(quarter);
        lines.append(QuarterlyScoreFacts.QUARTER_NAMES.get(quarter - 1)).append("：")
            .append(score == null ? "未评定（不计入平均）" : score.setScale(2).toPlainString() + " 分");
        if (quarter < 4) {
          lines.append('\n');
        }
      }
      return lines.toString();
    }
  }

  private final DecisionService decisions;
  private final ObjectProvider<QuarterlyScores> quarterlyScores;

  QuarterlyOrdinary(DecisionService decisions, ObjectProvider<QuarterlyScores> quarterlyScores) {
    this.decisions = decisions;
    this.quarterlyScores = quarterlyScores;
  }

  Ordinary of(Long workerId, int year) {
    QuarterlyScores source = quarterlyScores.getIfAvailable();
    Map<Integer, BigDecimal> scores = source == null ? Map.of() : source.of(workerId, year);
    Map<String, Object> facts = new HashMap<>();
    scores.forEach((quarter, score) -> facts.put("q" + quarter, score));
    DecisionResult result = decisions.decide("quarterly-ordinary-score", facts);
    Object ordinary = result.get("ordinary");
    @SuppressWarnings("unchecked")
    List<String> missing = (List<String>) result.get("missingQuarters");
    return new Ordinary(Map.copyOf(scores), ordinary == null ? null : new BigDecimal(ordinary.toString()),
        List.copyOf(missing), String.join("；", result.explanation().stream().map(Explanation::rule).toList()));
  }
}
