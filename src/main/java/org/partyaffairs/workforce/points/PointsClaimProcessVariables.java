package org.partyaffairs.workforce.points;

/**
 * The variables of {@code PointsClaimProcess}: the keys of its forms and what its gateways read. The
 * line is found by process instance, never by a variable a form could forge.
 */
final class PointsClaimProcessVariables {

  static final String PROCESS_KEY = "PointsClaimProcess";

  /** The worker the line is about (the process's town comes from it). */
  static final String WORKER_ID = "workerId";
  /** The line, when the application started the process for a line it had written (a REST claim, a veto). */
  static final String ENTRY_ID = "entryId";

  // Start form 申报加分 (the worker)
  static final String ITEM = "item";
  static final String COUNT = "count";
  static final String LEVEL = "level";
  static final String OCCURRED_ON = "occurredOn";
  static final String EVIDENCE = "evidence";
  static final String WITNESS_1 = "witness1";
  static final String WITNESS_2 = "witness2";

  // Facts shown read-only on the task forms, set from the record
  static final String WORKER_NAME = "workerName";
  static final String TOWN_NAME = "townName";
  /** The line in words: 第13项 ×1（city）. */
  static final String LINE = "pointsLine";
  static final String EVIDENCE_TEXT = "evidenceText";
  static final String WITNESSES_TEXT = "witnessesText";
  /** The ledger's standing before this line: 总分 100（加分 0，减分 0）. */
  static final String STANDING = "standing";
  /** Read by Gateway_LineKind; always set from the record, never from a form. */
  static final String VETO = "veto";

  // 审核加分申报 (the department) and 确认一票否决 (the committee)
  static final String DECISION = "decision";
  static final String DECISION_NOTE = "decisionNote";
  /** Read by Gateway_ClaimAccepted and Gateway_VetoConfirmed; set from the validated decision. */
  static final String ACCEPTED = "pointsAccepted";

  // Activity ids of the model (processes/PointsClaimProcess.bpmn)
  /** Service task 「登记积分台账行」. */
  static final String TASK_REGISTER_POINTS_LINE = "Task_RegisterPointsLine";
  /** User task 「审核加分申报：${workerName}（${townName}，${pointsLine}）」. */
  static final String TASK_CHECK_POINTS_CLAIM = "Task_CheckPointsClaim";
  /** User task 「确认一票否决：${workerName}（${townName}，${pointsLine}）」. */
  static final String TASK_CONFIRM_VETO = "Task_ConfirmVeto";

  private PointsClaimProcessVariables() {
  }
}
