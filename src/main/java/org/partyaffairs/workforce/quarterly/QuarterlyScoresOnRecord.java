package org.partyaffairs.workforce.quarterly;

import java.math.BigDecimal;
import java.util.Map;
import org.partyaffairs.workforce.assessment.QuarterlyScores;
import org.springframework.stereotype.Component;

/** The quarterly scores on record, as a Lanzhou assessment reads them for its 平时考核 (001 第二十一条). */
@Component
class QuarterlyScoresOnRecord implements QuarterlyScores {

  private final QuarterlyReportService reports;

  QuarterlyScoresOnRecord(QuarterlyReportService reports) {
    this.reports = reports;
  }

  @Override
  public Map<Integer, BigDecimal> of(Long workerId, int year) {
    return reports.scoresOf(workerId, year);
  }
}
