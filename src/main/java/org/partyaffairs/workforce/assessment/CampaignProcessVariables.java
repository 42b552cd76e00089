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

  private CampaignProcessVariables() {
  }
}
