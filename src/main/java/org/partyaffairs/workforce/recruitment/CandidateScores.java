package org.partyaffairs.workforce.recruitment;

import org.partyaffairs.workforce.notice.NoticeEntryOwner;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.security.Actor;
import org.springframework.stereotype.Component;

/**
 * The shortlist's entries on public notice: a CORRECTED objection sets the candidate's scores
 * ({@code 笔试/面试}) and ranks the whole plan again.
 */
@Component
class CandidateScores implements NoticeEntryOwner {

  private final RecruitmentService recruitment;

  CandidateScores(RecruitmentService recruitment) {
    this.recruitment = recruitment;
  }

  @Override
  public String recordType() {
    return RecruitmentService.NOTICE_RECORD_TYPE;
  }

  @Override
  public void check(String recordId, String correctedValue) {
    CandidateList.scores(correctedValue);
  }

  @Override
  public String correct(String recordId, String correctedValue, String reason, Actor actor, String processInstanceId) {
    return recruitment.correctScores(FormValues.optionalId("报名人员编号", recordId), correctedValue, actor,
        processInstanceId);
  }
}
