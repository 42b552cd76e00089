package org.partyaffairs.workforce.assessment;

/** The variables of {@code AnnualAssessmentProcess}; scoring fields are {@link ScoreSheet}'s. */
final class AssessmentProcessVariables {

  static final String PROCESS_KEY = "AnnualAssessmentProcess";

  // In, from the campaign through its batch
  static final String CAMPAIGN_ID = CampaignProcessVariables.CAMPAIGN_ID;
  static final String WORKER_ID = BatchProcessVariables.WORKER_ID;
  /** Read by Gateway_ScoringPolicy. */
  static final String POLICY = CampaignProcessVariables.POLICY;
  static final String YEAR = CampaignProcessVariables.YEAR;

  static final String ASSESSMENT_ID = "assessmentId";
  static final String WORKER_NAME = "workerName";
  /** The assignee of the self-report; null when the worker has no account (the town org records it). */
  static final String WORKER_USER_ID = "workerUserId";
  static final String SELF_REPORT = "selfReport";

  private AssessmentProcessVariables() {
  }
}
