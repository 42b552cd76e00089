package org.partyaffairs.workforce.assessment;

/** The variables of {@code AssessmentCampaignProcess}. */
final class CampaignProcessVariables {

  static final String PROCESS_KEY = "AssessmentCampaignProcess";

  // The start form
  static final String YEAR = "assessmentYear";
  static final String POLICY = "assessmentPolicy";
  /** 述职截止 and 评分截止 ({@code yyyy-MM-dd}); empty: the service levels' defaults. */
  static final String SELF_REPORT_DUE_ON = "selfReportDueOn";
  static final String SCORING_DUE_ON = "scoringDueOn";
  /** The campaign as its task names read it, e.g. {@code 2026年度·昆山考核评价表}. */
  static final String CAMPAIGN_NAME = "campaignName";

  static final String CAMPAIGN_ID = "campaignId";
  /** Read by Gateway_QuotaApplies. */
  static final String LIMITS_EXCELLENCE = "limitsExcellence";
  /** The batch numbers of the cohort, one AssessmentBatchProcess each. */
  static final String BATCHES = "assessmentBatches";
  /** Mapped into AssessmentBatchProcess with CAMPAIGN_ID, POLICY and YEAR. */
  static final String BATCH_NO = "batchNo";

  /** Flagged 优秀 beyond the quota, one Task_DecideOverQuota each; read by Gateway_AnyOverQuota. */
  static final String OVER_QUOTA_IDS = "overQuotaAssessmentIds";
  static final String ASSESSMENT_ID = "assessmentId";
  /** Local to one over-quota decision. */
  static final String QUOTA_CASE = "quotaCase";
  /** Local to one over-quota decision, so that Tasklist's search by worker finds it. */
  static final String WORKER_NAME = "workerName";
  static final String TOWN_NAME = "townName";
  static final String QUOTA_DECISION = "quotaDecision";
  static final String QUOTA_REASON = "quotaReason";

  /** One results notice per town. */
  static final String PUBLICATION_TOWNS = "publicationTowns";
  static final String TOWN = "townCode";
  /** Local to one town's notice, mapped into PublicNoticeProcess. */
  static final String RESULT_NOTICE_TITLE = "resultNoticeTitle";
  static final String RESULT_ENTRIES = "resultEntries";

  // Task_ConfirmResults
  static final String RESULT_SUMMARY = "resultSummary";
  static final String RESULTS_CONFIRMED = "resultsConfirmed";
  static final String CONFIRMATION_NOTE = "confirmationNote";


  // Activity ids of the model (processes/AssessmentCampaignProcess.bpmn): its tasks and call activities
  /** Service task 「登记考核活动」. */
  static final String TASK_REGISTER_CAMPAIGN = "Task_RegisterCampaign";
  /** Service task 「确定参加考核人员」. */
  static final String TASK_CHOOSE_COHORT = "Task_ChooseCohort";
  /** Call activity 「分批发起个人考核」. */
  static final String CALL_ACTIVITY_ASSESSMENT_BATCH = "CallActivity_AssessmentBatch";
  /** Service task 「核定优秀比例」. */
  static final String TASK_CHECK_EXCELLENCE_QUOTA = "Task_CheckExcellenceQuota";
  /** User task 「决定超比例优秀：${quotaCase}」. */
  static final String TASK_DECIDE_OVER_QUOTA = "Task_DecideOverQuota";
  /** Service task 「汇总考核结果」. */
  static final String TASK_PREPARE_PUBLICATION = "Task_PreparePublication";
  /** Call activity 「公示考核结果」. */
  static final String CALL_ACTIVITY_PUBLISH_RESULTS = "CallActivity_PublishResults";
  /** User task 「确认年度考核结果：${campaignName}」. */
  static final String TASK_CONFIRM_RESULTS = "Task_ConfirmResults";
  /** Service task 「运用考核结果」. */
  static final String TASK_APPLY_CONSEQUENCES = "Task_ApplyConsequences";
  /** Service task 「结束考核活动」. */
  static final String TASK_CLOSE_CAMPAIGN = "Task_CloseCampaign";

  private CampaignProcessVariables() {
  }
}
