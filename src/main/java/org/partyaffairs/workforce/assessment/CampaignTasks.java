package org.partyaffairs.workforce.assessment;

import static org.partyaffairs.workforce.assessment.CampaignProcessVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.JsonVariables;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * The service tasks of AssessmentCampaignProcess and of its AssessmentBatchProcess
 * ({@code ${campaignTasks}}), told apart by id, and the {@code start} listeners that give each
 * over-quota decision and town notice its own local variables. Each maps variables in and out and
 * calls {@link CampaignService}.
 */
@Component("campaignTasks")
class CampaignTasks implements JavaDelegate, ExecutionListener {

  private final CampaignService campaigns;
  private final CurrentActor actor;

  CampaignTasks(CampaignService campaigns, CurrentActor actor) {
    this.campaigns = campaigns;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String processInstanceId = execution.getProcessInstanceId();
    switch (execution.getCurrentActivityId()) {
      case TASK_REGISTER_CAMPAIGN -> register(execution);
      case TASK_CHOOSE_COHORT -> execution.setVariable(BATCHES,
          JsonVariables.list(campaigns.chooseCohort(processInstanceId)));
      case BatchProcessVariables.TASK_LIST_BATCH_WORKERS -> execution.setVariable(BatchProcessVariables.WORKER_IDS,
          JsonVariables.list(campaigns.workersOfBatch((Long) execution.getVariable(CAMPAIGN_ID),
              FormValues.requiredWholeNumber("批次", execution.getVariable(BATCH_NO)))));
      case TASK_CHECK_EXCELLENCE_QUOTA -> {
        List<Long> overQuota = campaigns.checkExcellenceQuota(processInstanceId);
        execution.setVariable(OVER_QUOTA_IDS, JsonVariables.list(overQuota));
      }
      case TASK_PREPARE_PUBLICATION -> execution.setVariable(PUBLICATION_TOWNS,
          JsonVariables.list(campaigns.publish(processInstanceId)));
      case TASK_APPLY_CONSEQUENCES -> campaigns.applyConsequences(processInstanceId,
          FormValues.requiredWholeNumber("批次", execution.getVariable(BATCH_NO)));
      case TASK_CLOSE_CAMPAIGN -> campaigns.close(processInstanceId);
      default -> throw new IllegalStateException("No campaign step " + execution.getCurrentActivityId());
    }
  }

  /** Task_RegisterCampaign, synchronous after the start form: a duplicate or a bad year fails the start. */
  private void register(DelegateExecution execution) {
    Campaign campaign = campaigns.start(execution.getVariable(YEAR), execution.getVariable(POLICY),
        execution.getVariable(SELF_REPORT_DUE_ON), execution.getVariable(SCORING_DUE_ON), actor.get(),
        execution.getProcessInstanceId());
    execution.setProcessBusinessKey(campaign.businessKey());
    execution.setVariable(CAMPAIGN_ID, campaign.getId());
    execution.setVariable(YEAR, campaign.getYear());
    execution.setVariable(POLICY, campaign.getPolicy().code());
    execution.setVariable(LIMITS_EXCELLENCE, campaign.getPolicy().limitsExcellence());
    execution.setVariable(SELF_REPORT_DUE_ON, campaign.getSelfReportDueOn().toString());
    execution.setVariable(SCORING_DUE_ON, campaign.getScoringDueOn().toString());
    execution.setVariable(CAMPAIGN_NAME, campaign.title());
  }

  @Override
  public void notify(DelegateExecution execution) {
    Long campaignId = (Long) execution.getVariable(CAMPAIGN_ID);
    switch (execution.getCurrentActivityId()) {
      case TASK_DECIDE_OVER_QUOTA -> {
        CampaignService.QuotaCase quotaCase = campaigns.describeQuotaCase(
            FormValues.optionalId("考核编号", execution.getVariable(ASSESSMENT_ID)));
        execution.setVariableLocal(QUOTA_CASE, quotaCase.description());
        execution.setVariableLocal(WORKER_NAME, quotaCase.workerName());
        execution.setVariableLocal(TOWN_NAME, quotaCase.townName());
        execution.setVariableLocal(QUOTA_DECISION, null);
        execution.setVariableLocal(QUOTA_REASON, null);
      }
      case CALL_ACTIVITY_PUBLISH_RESULTS -> {
        String town = execution.getVariable(TOWN).toString();
        execution.setVariableLocal(RESULT_NOTICE_TITLE, campaigns.noticeTitle(campaignId, town));
        execution.setVariableLocal(RESULT_ENTRIES, JsonVariables.list(campaigns.noticeEntries(campaignId, town)));
      }
      case TASK_CONFIRM_RESULTS -> execution.setVariable(RESULT_SUMMARY,
          campaigns.awaitConfirmation(execution.getProcessInstanceId()));
      default -> throw new IllegalStateException("No campaign listener on " + execution.getCurrentActivityId());
    }
  }
}
