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
  static final String TOWN_NAME = "townName";
  /** 述职截止 of the campaign ({@code yyyy-MM-dd}): Task_SubmitSelfReport's due date, a Tasklist column. */
  static final String SELF_REPORT_DUE_ON = "selfReportDueOn";
  /** 评分截止 of the campaign ({@code yyyy-MM-dd}): the scoring tasks' due date, a Tasklist column. */
  static final String SCORING_DUE_ON = "scoringDueOn";
  /** The assignee of the self-report; null when the worker has no account (the town org records it). */
  static final String WORKER_USER_ID = "workerUserId";
  static final String SELF_REPORT = "selfReport";

  // Task ids whose service levels give a campaign's default deadlines
  static final String SELF_REPORT_TASK = "Task_SubmitSelfReport";
  static final String SCORING_TASK = "Task_ScoreEvaluationForm";

  private AssessmentProcessVariables() {
  }
}
