package org.partyaffairs.workforce.notice;

/** How an investigation ends (004 年度公示: 情况明确的解释说明，记分有误的及时纠正); the form's codes. */
public enum ObjectionOutcome {
  EXPLAINED,
  CORRECTED
}
