package org.partyaffairs.workforce.certification;

import java.util.Map;
import org.partyaffairs.workforce.rules.facts.Grade;

/** The grade code of a policy's Chinese term, for tests that grade a worker by the term they read. */
final class GradeOfLabel {

  private static final Map<String, Grade> GRADES = Map.of("优秀", Grade.EXCELLENT, "合格", Grade.QUALIFIED, "称职",
      Grade.QUALIFIED, "基本合格", Grade.BASIC, "基本称职", Grade.BASIC, "不合格", Grade.FAIL, "不称职", Grade.FAIL);

  private GradeOfLabel() {
  }

  static Grade of(String label) {
    return GRADES.get(label);
  }
}
