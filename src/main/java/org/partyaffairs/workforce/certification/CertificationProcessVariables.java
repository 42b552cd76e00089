package org.partyaffairs.workforce.certification;

/**
 * The variables of {@code CertificationProcess}: the keys of its forms and what its gateways read.
 * The record is found by process instance, never by a variable a form could forge.
 */
final class CertificationProcessVariables {

  static final String PROCESS_KEY = "CertificationProcess";

  // Set by the round when it starts the instance
  static final String WORKER_ID = "workerId";
  static final String ROUND_ID = "certificationRoundId";
  /** The day applications close, yyyy-MM-dd (the due date of Task_ApplyForCertification). */
  static final String DEADLINE = "applicationDeadline";
  /** The end of that day, read by Event_ApplicationDeadlinePassed. */
  static final String CLOSES_AT = "applicationClosesAt";

  // Facts shown read-only on the forms, set from the records
  static final String WORKER_NAME = "workerName";
  static final String TOWN_NAME = "townName";
  static final String ROUND_LABEL = "roundLabel";
  static final String CURRENT_LEVEL_LABEL = "currentLevelLabel";
  static final String NEXT_LEVEL_LABEL = "nextLevelLabel";
  static final String REQUESTED_LEVEL_LABEL = "requestedLevelLabel";
  static final String TRAINING_TEST = "trainingTest";
  static final String YEARS_IN_SERVICE = "yearsInService";
  static final String RECENT_GRADES = "recentGrades";
  /** The answer of certification-eligibility in words. */
  static final String ELIGIBILITY = "eligibility";
  static final String REVIEW_SUMMARY = "reviewSummary";
  static final String VISIT_SUMMARY = "visitSummary";

  // 申报资格认证 (the worker, or the town organisation department for them)
  static final String APPLY = "apply";
  static final String REQUESTED_LEVEL = "requestedLevel";
  static final String STATEMENT = "statement";
  /** Read by Gateway_Applied; set from the validated choice. */
  static final String APPLIED = "applied";

  // 组织审核 (the town organisation department)
  static final String REVIEW_DECISION = "reviewDecision";
  static final String REVIEW_NOTE = "reviewNote";
  /** Read by Gateway_ReviewPassed; set from the validated decision. */
  static final String REVIEW_PASSED = "reviewPassed";

  // 实地走访 (the town organisation department)
  static final String VISITED_ON = "visitedOn";
  static final String VISITORS = "visitors";
  static final String VISIT_FINDINGS = "visitFindings";

  // 综合评定 (the city office)
  static final String PANEL_SCORE = "panelScore";
  static final String RECOMMENDATION = "recommendation";
  static final String PANEL_OPINION = "panelOpinion";
  /** Read by Gateway_Recommended; set from the validated recommendation. */
  static final String RECOMMENDED = "recommended";

  // 结果公示 (PublicNoticeProcess, called)
  static final String NOTICE_TITLE = "certificationNoticeTitle";
  static final String NOTICE_ENTRIES = "certificationNoticeEntries";

  // 颁发等级证书
  /** Read by Gateway_Certified; set from the application after the notice. */
  static final String CERTIFIED = "certified";
  static final String CERTIFICATE_NUMBER = "certificateNumber";

  // Activity ids of the model (processes/CertificationProcess.bpmn)
  /** Service task 「登记本年度认证对象」. */
  static final String TASK_REGISTER_INVITATION = "Task_RegisterInvitation";
  /** User task 「申报资格认证：${workerName}（${roundLabel}，可申报${nextLevelLabel}）」. */
  static final String TASK_APPLY_FOR_CERTIFICATION = "Task_ApplyForCertification";
  /** Boundary timer 「申报截止」. */
  static final String EVENT_APPLICATION_DEADLINE_PASSED = "Event_ApplicationDeadlinePassed";
  /** Service task 「核对申报条件（含培训测试）」. */
  static final String TASK_CHECK_ELIGIBILITY = "Task_CheckEligibility";
  /** User task 「组织审核资格认证申报：…」. */
  static final String TASK_REVIEW_APPLICATION = "Task_ReviewApplication";
  /** User task 「实地走访：…」. */
  static final String TASK_RECORD_FIELD_VISIT = "Task_RecordFieldVisit";
  /** User task 「综合评定：…」. */
  static final String TASK_EVALUATE_APPLICATION = "Task_EvaluateApplication";
  /** Call activity 「结果公示」. */
  static final String CALL_ACTIVITY_PUBLISH_RESULT = "CallActivity_PublishResult";
  /** Service task 「颁发等级证书」. */
  static final String TASK_ISSUE_CERTIFICATE = "Task_IssueCertificate";
  /** End event 「逾期未申报」. */
  static final String END_EVENT_DEADLINE_PASSED = "EndEvent_DeadlinePassed";

  private CertificationProcessVariables() {
  }
}
