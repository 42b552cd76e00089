package org.partyaffairs.workforce.assessment;

import static org.partyaffairs.workforce.assessment.CampaignProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.springframework.stereotype.Component;

/** What the city office submits in AssessmentCampaignProcess ({@code ${campaignForms}}), checked and recorded. */
@Component("campaignForms")
class CampaignForms extends TaskCompletion {

  private final CampaignService campaigns;
  private final CurrentActor actor;

  CampaignForms(CampaignService campaigns, CurrentActor actor) {
    this.campaigns = campaigns;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_DECIDE_OVER_QUOTA -> campaigns.decideQuota(
          FormValues.optionalId("考核编号", execution.getVariable(ASSESSMENT_ID)),
          FormValues.requiredChoice("决定", execution.getVariable(QUOTA_DECISION), QuotaDecision.class),
          FormValues.optionalText("理由", execution.getVariable(QUOTA_REASON), 1000), actor.get());
      case TASK_CONFIRM_RESULTS -> {
        if (!Boolean.TRUE.equals(execution.getVariable(RESULTS_CONFIRMED))) {
          throw new InvalidRequestException("请核对公示后的考核结果并勾选确认");
        }
        campaigns.confirm(execution.getProcessInstanceId(), actor.get(),
            FormValues.optionalText("确认意见", execution.getVariable(CONFIRMATION_NOTE), 1000));
      }
      default -> throw new IllegalStateException("No campaign form on " + execution.getCurrentActivityId());
    }
  }
}
