package org.partyaffairs.workforce.leave;

/**
 * The variables of {@code LeaveRequestProcess}: the keys of its forms and what its gateway and timer
 * read. The record is found by process instance, never by a variable a form could forge.
 */
final class LeaveRequestProcessVariables {

  static final String PROCESS_KEY = "LeaveRequestProcess";

  // Start form 申请请假 (workerId only when the town org dept applies for a worker)
  static final String WORKER_ID = "workerId";
  static final String FIRST_DAY = "firstDay";
  static final String LAST_DAY = "lastDay";
  static final String REASON = "reason";

  // Facts shown read-only on the task forms, set from the record
  static final String WORKER_NAME = "workerName";
  static final String TOWN_NAME = "townName";
  /** The working days of the leave (rules/calendar), the fact of leave-approval-tier. */
  static final String LEAVE_DAYS = "leaveDays";
  /** Who approves, in words: 包片工作组组长 … */
  static final String APPROVER_LABEL = "approverLabel";
  /** The candidate group of Task_ApproveLeave, from leave-approval-tier: {@code group-leader-kfq} … */
  static final String APPROVER_GROUP = "approverGroup";
  /** The worker's own user, the assignee of 销假; null when the worker has no account (the town org records it). */
  static final String WORKER_USER_ID = "workerUserId";

  // 审批请假
  static final String DECISION = "decision";
  static final String REFUSAL_REASON = "refusalReason";
  /** Read by Gateway_LeaveApproved; always set from the validated decision. */
  static final String APPROVED = "leaveApproved";

  /** 00:00 of the first working day after the leave: Event_LeaveOver fires then. */
  static final String REPORT_BACK_FROM = "reportBackFrom";
  /** That day ({@code yyyy-MM-dd}): 销假 is due at its end (001 第十八条(四) 假期结束后要及时销假). */
  static final String RETURN_DUE_ON = "returnDueOn";

  /**
   * The day 销假 is due ({@code yyyy-MM-dd}): {@value #RETURN_DUE_ON}, or the first working day from
   * the approval when the leave was approved after it ended (补请假), so that the task is not overdue
   * the moment it opens.
   */
  static final String REPORT_BACK_DUE_ON = "reportBackDueOn";

  // 销假
  static final String ACTUAL_LAST_DAY = "actualLastDay";
  static final String REPORT_NOTE = "reportNote";
  /** Working days after the approved last day, recorded as absences by Task_RecordLateReturn. */
  static final String LATE_DAYS = "lateWorkingDays";

  // Activity ids of the model (processes/LeaveRequestProcess.bpmn): its tasks and events
  /** Service task 「登记请假申请并确定审批人」. */
  static final String TASK_REGISTER_LEAVE_REQUEST = "Task_RegisterLeaveRequest";
  /** User task 「审批请假：${workerName}（${townName}，${leaveDays}个工作日）」. */
  static final String TASK_APPROVE_LEAVE = "Task_ApproveLeave";
  /** Timer 「假期结束后第一个工作日」. */
  static final String EVENT_LEAVE_OVER = "Event_LeaveOver";
  /** User task 「销假：${workerName}（${townName}）」. */
  static final String TASK_REPORT_BACK = "Task_ReportBack";
  /** Service task 「超假工作日记为旷工」. */
  static final String TASK_RECORD_LATE_RETURN = "Task_RecordLateReturn";

  private LeaveRequestProcessVariables() {
  }
}
