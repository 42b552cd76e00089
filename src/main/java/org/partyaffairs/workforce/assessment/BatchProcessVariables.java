package org.partyaffairs.workforce.assessment;

/**
 * The variables of {@code AssessmentBatchProcess} of its own; the campaign, the batch number, the
 * policy and the year come in under {@link CampaignProcessVariables}' names.
 */
final class BatchProcessVariables {

  static final String PROCESS_KEY = "AssessmentBatchProcess";

  /** The workers whose assessments the batch starts, one CallActivity_AnnualAssessment each. */
  static final String WORKER_IDS = "batchWorkerIds";
  static final String WORKER_ID = "workerId";


  // Activity ids of the model (processes/AssessmentBatchProcess.bpmn): its tasks and call activities
  /** Service task 「列出本批人员」. */
  static final String TASK_LIST_BATCH_WORKERS = "Task_ListBatchWorkers";
  /** Call activity 「个人年度考核」. */
  static final String CALL_ACTIVITY_ANNUAL_ASSESSMENT = "CallActivity_AnnualAssessment";

  private BatchProcessVariables() {
  }
}
