package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.partyaffairs.workforce.rules.WorkdayCalendar;

/**
 * A worker's quarterly scores of one year (001 第十八条(三) 定期汇报制度: the department scores each
 * quarter's written report), 0–100, by quarter; null for a quarter without a score.
 */
public record QuarterlyScoreFacts(
    @DecimalMin("0") @DecimalMax("100") BigDecimal q1,
    @DecimalMin("0") @DecimalMax("100") BigDecimal q2,
    @DecimalMin("0") @DecimalMax("100") BigDecimal q3,
    @DecimalMin("0") @DecimalMax("100") BigDecimal q4) implements Facts {

  /** The quarters' names, as the forms and the answer's {@code missingQuarters} say them. */
  public static final List<String> QUARTER_NAMES = List.of("第一季度", "第二季度", "第三季度", "第四季度");

  /** The scores of the quarters 1 to 4, in order (null where none). */
  public List<BigDecimal> scores() {
    return Arrays.asList(q1, q2, q3, q4);
  }

  /** The rules see the mean of the scored quarters and the names of the others. */
  @Override
  public List<Object> working(WorkdayCalendar calendar) {
    return List.of(this, QuarterlySummary.of(scores(), QUARTER_NAMES));
  }
}
