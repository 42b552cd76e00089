package org.partyaffairs.workforce.assessment;

import org.partyaffairs.workforce.notice.NoticeEntryOwner;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.security.Actor;
import org.springframework.stereotype.Component;

/**
 * Assessment results on public notice: a CORRECTED objection re-scores the worker from the
 * corrected items ({@code 第3项=4}, {@code 平时=85}, or the whole points ledger) and grades again.
 */
@Component
class AssessmentResults implements NoticeEntryOwner {

  private final AssessmentService assessments;

  AssessmentResults(AssessmentService assessments) {
    this.assessments = assessments;
  }

  @Override
  public String recordType() {
    return AssessmentService.NOTICE_RECORD_TYPE;
  }

  @Override
  public void check(String recordId, String correctedValue) {
    assessments.checkCorrection(id(recordId), correctedValue);
  }

  @Override
  public String correct(String recordId, String correctedValue, String reason, Actor actor, String processInstanceId) {
    return assessments.correct(id(recordId), correctedValue, reason, actor, processInstanceId);
  }

  private static Long id(String recordId) {
    return FormValues.optionalId("考核编号", recordId);
  }
}
