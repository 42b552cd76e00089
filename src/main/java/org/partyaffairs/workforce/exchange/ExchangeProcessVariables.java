package org.partyaffairs.workforce.exchange;

/**
 * The variables of {@code ExchangeProcess}: the keys of its forms and what its gateways read. The
 * record is found by process instance, never by a variable a form could forge.
 */
final class ExchangeProcessVariables {

  static final String PROCESS_KEY = "ExchangeProcess";

  // Start form 提出交流 (the town committee)
  static final String WORKER_ID = "workerId";
  static final String POST_ID = "postId";
  static final String NEW_ROLE = "newRole";
  static final String REASON = "reason";

  // Facts shown read-only on the task forms, set from the record
  static final String WORKER_NAME = "workerName";
  static final String TOWN_NAME = "townName";
  static final String FROM_STATION = "fromStation";
  static final String TO_STATION = "toStation";
  /**
   * The role as the forms show it, 「—」 when none: a read-only field must hold a value, or Tasklist
   * submits an empty one that the form guard takes for a change.
   */
  static final String PROPOSED_ROLE = "proposedRole";
  static final String POST_TAKEN_UP_ON = "postTakenUpOn";
  static final String FULL_YEARS_IN_POST = "fullYearsInPost";
  static final String RECENT_GRADES = "recentGrades";
  /** The answer of exchange-eligibility in words: 符合 / 不符合 and why. */
  static final String ELIGIBILITY = "eligibility";
  /** Read by Gateway_PriorityForExchange; always set from the decision, never from a form. */
  static final String ELIGIBLE = "eligible";

  // 说明交流理由 (only when not eligible)
  static final String CONTINUATION = "continuation";
  static final String JUSTIFICATION = "justification";
  /** Read by Gateway_ExchangeProceeds; set from the validated choice. */
  static final String PROCEEDS = "exchangeProceeds";
  /** The committee's written reason as the review form shows it (read-only, never empty). */
  static final String COMMITTEE_JUSTIFICATION = "committeeJustification";

  // 审核交流 (the city office)
  static final String DECISION = "decision";
  static final String REVIEW_NOTE = "reviewNote";
  /** Read by Gateway_ExchangeApproved; set from the validated decision. */
  static final String APPROVED = "exchangeApproved";

  // 交流未获同意 (the town committee reads the reason)
  static final String ACKNOWLEDGED = "acknowledged";

  // Activity ids of the model (processes/ExchangeProcess.bpmn)
  /** Service task 「登记交流建议并核对优先交流条件」. */
  static final String TASK_REGISTER_EXCHANGE_PROPOSAL = "Task_RegisterExchangeProposal";
  /** User task 「说明交流理由：${workerName}（${townName}，不符合优先交流条件）」. */
  static final String TASK_JUSTIFY_EXCHANGE = "Task_JustifyExchange";
  /** User task 「审核交流：${workerName}（${townName}，${fromStation} → ${toStation}）」. */
  static final String TASK_REVIEW_EXCHANGE = "Task_ReviewExchange";
  /** Service task 「调整岗位：原岗位空出，新岗位在岗」. */
  static final String TASK_MOVE_WORKER = "Task_MoveWorker";
  /** User task 「交流未获同意：${workerName}（${townName}）」. */
  static final String TASK_NOTE_REFUSAL = "Task_NoteRefusal";

  private ExchangeProcessVariables() {
  }
}
