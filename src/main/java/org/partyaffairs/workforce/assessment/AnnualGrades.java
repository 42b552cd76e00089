package org.partyaffairs.workforce.assessment;

import java.util.Map;
import java.util.TreeMap;
import org.partyaffairs.workforce.rules.facts.Grade;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's annual grades as confirmed by the city office (000 第九、十条), one per year, for the
 * decisions that read the assessment history (exchange-eligibility, 000 第十二条). A year with two
 * confirmed assessments (two policies) keeps the later one.
 */
@Component
@Transactional(readOnly = true)
public class AnnualGrades {

  private final AssessmentRepository assessments;

  AnnualGrades(AssessmentRepository assessments) {
    this.assessments = assessments;
  }

  /** Year → grade, oldest first. */
  public Map<Integer, Grade> of(Long workerId) {
    Map<Integer, Grade> grades = new TreeMap<>();
    for (Object[] row : assessments.confirmedGradesByYear(workerId)) {
      grades.put(((Number) row[0]).intValue(), row[1] instanceof Grade grade ? grade : Grade.valueOf(row[1].toString()));
    }
    return grades;
  }
}
