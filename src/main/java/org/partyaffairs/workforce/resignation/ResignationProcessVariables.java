package org.partyaffairs.workforce.resignation;

/**
 * The variables of {@code ResignationProcess}: the keys of its forms and what its gateways read.
 * The record is found by process instance, never by a variable a form could forge.
 */
final class ResignationProcessVariables {

  static final String PROCESS_KEY = "ResignationProcess";

  // Start form 提交辞职申请 (workerId only when the town org dept registers for a worker)
  static final String WORKER_ID = "workerId";
  static final String REASON = "reason";
  static final String LAST_WORKING_DAY = "lastWorkingDay";

  // Facts shown read-only on the task forms
  static final String WORKER_NAME = "workerName";
  static final String TOWN_NAME = "townName";

  // 接收辞职申请
  static final String WRITTEN_APPLICATION_RECEIVED = "writtenApplicationReceived";
  static final String RECEIPT_NOTE = "receiptNote";

  /**
   * The day 30 days after the receipt ({@code yyyy-MM-dd}, 劳动合同法 第三十七条): Task_DecideResignation
   * is due at its end; shown on the decision form and as a Tasklist column.
   */
  static final String DECISION_DUE_ON = "decisionDueOn";

  // 研究决定是否同意辞职
  static final String DECISION = "decision";
  static final String DECISION_REASON = "decisionReason";
  /** Read by Gateway_ResignationAgreed; always set from the validated decision. */
  static final String AGREED = "resignationAgreed";

  // 备案辞职
  static final String FILING_NUMBER = "filingNumber";

  /**
   * When the agreed last working day ends: 24:00 of it in {@code workforce.zone} (Beijing time),
   * the date of Event_LastWorkingDayEnded; set when the application is registered.
   */
  static final String LAST_WORKING_DAY_ENDS_AT = "lastWorkingDayEndsAt";


  // Activity ids of the model (processes/ResignationProcess.bpmn): its tasks and call activities
  /** Service task 「登记辞职申请」. */
  static final String TASK_REGISTER_RESIGNATION = "Task_RegisterResignation";
  /** User task 「接收辞职申请：${workerName}（${townName}）」. */
  static final String TASK_RECEIVE_RESIGNATION = "Task_ReceiveResignation";
  /** User task 「研究决定辞职申请：${workerName}（${townName}）」. */
  static final String TASK_DECIDE_RESIGNATION = "Task_DecideResignation";
  /** User task 「备案辞职：${workerName}（${townName}）」. */
  static final String TASK_FILE_RESIGNATION = "Task_FileResignation";
  /** Timer 「最后工作日结束」: the resignation takes effect when the agreed last working day has ended. */
  static final String EVENT_LAST_WORKING_DAY_ENDED = "Event_LastWorkingDayEnded";
  /** Service task 「办理辞职离岗」. */
  static final String TASK_END_SERVICE_BY_RESIGNATION = "Task_EndServiceByResignation";
  /** Service task 「终止辞职程序」. */
  static final String TASK_WITHDRAW_RESIGNATION = "Task_WithdrawResignation";

  private ResignationProcessVariables() {
  }
}
