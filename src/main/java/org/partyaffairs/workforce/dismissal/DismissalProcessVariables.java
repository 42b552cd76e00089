package org.partyaffairs.workforce.dismissal;

/**
 * The variables of {@code DismissalProcess}: the keys of its forms and what its gateways read. The
 * record is found by process instance, never by a variable a form could forge.
 */
final class DismissalProcessVariables {

  static final String PROCESS_KEY = "DismissalProcess";

  // Start form 提出解聘 (the town org dept), or the application for grounds found on the record
  static final String WORKER_ID = "workerId";
  static final String SERIOUS_INCIDENT = "seriousIncident";
  static final String PUBLIC_SECURITY_PENALTY = "publicSecurityPenalty";
  static final String CRIMINAL_PENALTY = "criminalPenalty";
  static final String ADMINISTRATIVE_DETENTION = "administrativeDetention";
  static final String OTHER_GROUND = "otherGround";
  static final String OTHER_REASON = "otherReason";
  static final String EVIDENCE = "evidence";
  /** Only the application sets it, for a ground found under a campaign's policy. */
  static final String POLICY = "policy";

  // Facts shown read-only on the task forms
  static final String WORKER_NAME = "workerName";
  static final String TOWN_NAME = "townName";
  static final String GROUNDS = "grounds";
  /** Read by Gateway_CityApprovalRequired; set from the dismissal's policy. */
  static final String CITY_APPROVAL_REQUIRED = "cityApprovalRequired";

  // 拟定处理意见
  static final String OPINION = "opinion";

  // 研究决定是否解聘
  static final String DECISION = "decision";
  static final String DECISION_REASON = "decisionReason";
  /** Read by Gateway_DismissalDecided; always set from the validated decision. */
  static final String DISMISS = "dismissalDecided";

  // 审批解聘 (001 第十九条)
  static final String APPROVAL = "approval";
  static final String APPROVAL_REASON = "approvalReason";
  /** Read by Gateway_DismissalApproved; always set from the validated answer. */
  static final String APPROVED = "dismissalApproved";

  // 备案解聘
  static final String BENEFITS_END_ON = "benefitsEndOn";
  static final String FILING_NUMBER = "filingNumber";


  // Activity ids of the model (processes/DismissalProcess.bpmn): its tasks and call activities
  /** Service task 「确认解聘情形」. */
  static final String TASK_ESTABLISH_DISMISSAL_GROUNDS = "Task_EstablishDismissalGrounds";
  /** User task 「拟定处理意见：${workerName}（${townName}）」. */
  static final String TASK_DRAFT_DISMISSAL_OPINION = "Task_DraftDismissalOpinion";
  /** User task 「研究决定是否解聘：${workerName}（${townName}）」. */
  static final String TASK_DECIDE_DISMISSAL = "Task_DecideDismissal";
  /** User task 「审批解聘：${workerName}（${townName}）」. */
  static final String TASK_APPROVE_DISMISSAL = "Task_ApproveDismissal";
  /** Service task 「解除劳动用工关系」. */
  static final String TASK_END_EMPLOYMENT = "Task_EndEmployment";
  /** User task 「备案解聘：${workerName}（${townName}）」. */
  static final String TASK_FILE_DISMISSAL = "Task_FileDismissal";
  /** Service task 「终止解聘程序」. */
  static final String TASK_WITHDRAW_DISMISSAL = "Task_WithdrawDismissal";

  private DismissalProcessVariables() {
  }
}
