package org.partyaffairs.workforce.warning;

/** The evaluation when the three months are over (000 第十三条 告诫期满合格/不合格). */
enum WarningOutcome {
  PASSED, FAILED
}
