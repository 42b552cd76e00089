package org.partyaffairs.workforce.warning;

/**
 * The variables of {@code WarningTalkProcess}: the keys of its forms and what its timer and gateway
 * read. The record is found by process instance, never by a variable a form could forge.
 */
final class WarningProcessVariables {

  static final String PROCESS_KEY = "WarningTalkProcess";

  // Start form 确定告诫对象 (the town org dept, grounds 1–2), or the application on ground 3
  static final String WORKER_ID = "workerId";
  static final String GROUND = "ground";
  static final String REASON = "reason";

  // Facts shown read-only on the task forms
  static final String WORKER_NAME = "workerName";
  static final String TOWN_NAME = "townName";
  static final String GROUND_LABEL = "groundLabel";

  // 告诫谈话
  static final String TALK_DATE = "talkDate";
  static final String TALK_PARTICIPANTS = "talkParticipants";
  static final String TALK_CONTENT = "talkContent";
  /** Read by Event_WarningPeriodElapsed: 24:00 of the period's last day. */
  static final String PERIOD_ENDS_AT = "warningPeriodEndsAt";
  static final String PERIOD_LAST_DAY = "warningPeriodLastDay";

  // 告诫期满考核
  static final String OUTCOME = "outcome";
  static final String EVALUATION = "evaluation";
  /** Read by Gateway_WarningPassed; always set from the validated outcome. */
  static final String PASSED = "warningPassed";


  // Activity ids of the model (processes/WarningTalkProcess.bpmn): its tasks and call activities
  /** Service task 「登记告诫对象」. */
  static final String TASK_REGISTER_WARNING = "Task_RegisterWarning";
  /** User task 「进行告诫谈话：${workerName}（${townName}）」. */
  static final String TASK_HOLD_WARNING_TALK = "Task_HoldWarningTalk";
  /** User task 「考核告诫期表现：${workerName}（${townName}）」. */
  static final String TASK_EVALUATE_WARNING_PERIOD = "Task_EvaluateWarningPeriod";
  /** Service task 「取消年度考核资格」. */
  static final String TASK_REVOKE_ASSESSMENT_ELIGIBILITY = "Task_RevokeAssessmentEligibility";
  /** Service task 「终止告诫」. */
  static final String TASK_END_WARNING_ON_DEPARTURE = "Task_EndWarningOnDeparture";

  private WarningProcessVariables() {
  }
}
