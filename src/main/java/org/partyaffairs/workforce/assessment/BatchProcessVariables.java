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

  private BatchProcessVariables() {
  }
}
