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

  // Activity ids of the model (processes/AnnualAssessmentProcess.bpmn); the service levels of
  // TASK_SUBMIT_SELF_REPORT and TASK_SCORE_EVALUATION_FORM give a campaign's default deadlines
  /** Service task 「登记考核对象」. */
  static final String TASK_OPEN_ASSESSMENT = "Task_OpenAssessment";
  /** User task 「提交年度述职：${workerName}（${townName}）」. */
  static final String TASK_SUBMIT_SELF_REPORT = "Task_SubmitSelfReport";
  /** User task 「按考核评价表评分：${workerName}（${townName}）」. */
  static final String TASK_SCORE_EVALUATION_FORM = "Task_ScoreEvaluationForm";
  /** User task 「录入平时和年度考核成绩：${workerName}（${townName}）」. */
  static final String TASK_SCORE_WEIGHTED = "Task_ScoreWeighted";
  /** User task 「确认积分台账：${workerName}（${townName}）」 (the ledger of the points package, confirmed or corrected by one line). */
  static final String TASK_SCORE_POINTS_LEDGER = "Task_ScorePointsLedger";
  /** Service task 「计算总分和等次」. */
  static final String TASK_GRADE_ASSESSMENT = "Task_GradeAssessment";

  private AssessmentProcessVariables() {
  }
}
