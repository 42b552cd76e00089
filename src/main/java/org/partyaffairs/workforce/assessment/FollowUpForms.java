package org.partyaffairs.workforce.assessment;

import static org.partyaffairs.workforce.assessment.FollowUpProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/** What the town or the city office submits in AssessmentFollowUpProcess ({@code ${followUpForms}}). */
@Component("followUpForms")
class FollowUpForms extends TaskCompletion {

  private final FollowUpService followUps;
  private final CurrentActor actor;
  private final WorkforceProperties properties;

  FollowUpForms(FollowUpService followUps, CurrentActor actor, WorkforceProperties properties) {
    this.followUps = followUps;
    this.actor = actor;
    this.properties = properties;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    Long assessmentId = FormValues.optionalId("考核编号", execution.getVariable(ASSESSMENT_ID));
    switch (execution.getCurrentActivityId()) {
      case TASK_HOLD_TALK -> followUps.recordTalk(assessmentId, actor.get(),
          FormValues.requiredDate("约谈日期", execution.getVariable(TALK_DATE), properties.zone()),
          FormValues.requiredText("参加人员", execution.getVariable(TALK_PARTICIPANTS), 200),
          FormValues.requiredText("约谈内容", execution.getVariable(TALK_CONTENT), 2000),
          execution.getProcessInstanceId());
      case TASK_REVIEW_REWARD -> followUps.reviewReward(assessmentId, actor.get(),
          FormValues.requiredWholeNumber("奖励金额", execution.getVariable(REWARD_AMOUNT)),
          FormValues.requiredText("理由", execution.getVariable(REWARD_REASON), 1000),
          execution.getProcessInstanceId());
      default -> throw new IllegalStateException("No follow-up form on " + execution.getCurrentActivityId());
    }
  }
}
