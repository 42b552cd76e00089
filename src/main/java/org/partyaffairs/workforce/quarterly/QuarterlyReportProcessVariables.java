package org.partyaffairs.workforce.quarterly;

/**
 * The variables of {@code QuarterlyReportProcess}: what it is started with, what its forms show and
 * submit, what its timer reads, and the ids of its activities. The record is found by process
 * instance, never by a variable a form could forge.
 */
final class QuarterlyReportProcessVariables {

  static final String PROCESS_KEY = "QuarterlyReportProcess";

  // Started with (QuarterlyReportStarts): the worker and the quarter (2026Q3)
  static final String WORKER_ID = "workerId";
  static final String QUARTER = "quarter";

  // Facts shown read-only on the forms, set from the record
  static final String WORKER_NAME = "workerName";
  static final String TOWN_NAME = "townName";
  /** 2026年第三季度. */
  static final String QUARTER_LABEL = "quarterLabel";
  /** The day the report is due ({@code yyyy-MM-dd}): the task's deadline (service-levels.csv). */
  static final String REPORT_DUE_ON = "reportDueOn";
  /** 00:00 of the day after {@value #REPORT_DUE_ON}: Event_ReportOverdue fires then. */
  static final String REPORT_OVERDUE_AT = "reportOverdueAt";

  // 提交季度工作汇报 (shown read-only again on the review)
  static final String KEY_WORK = "keyWork";
  static final String PROBLEMS = "problems";
  static final String NEXT_STEPS = "nextSteps";
  static final String URGENT_MATTERS = "urgentMatters";

  // 评定季度考核 and 补记季度考核
  static final String SCORE = "quarterlyScore";
  static final String COMMENT = "scoreComment";
  static final String MISSING_REASON = "missingReason";

  // Activity ids of the model (processes/QuarterlyReportProcess.bpmn)
  /** Service task 「登记季度工作汇报」. */
  static final String TASK_OPEN_QUARTERLY_REPORT = "Task_OpenQuarterlyReport";
  /** User task 「提交季度工作汇报：${workerName}（${quarterLabel}）」. */
  static final String TASK_SUBMIT_QUARTERLY_REPORT = "Task_SubmitQuarterlyReport";
  /** Boundary timer 「逾期未提交」 on Task_SubmitQuarterlyReport. */
  static final String EVENT_REPORT_OVERDUE = "Event_ReportOverdue";
  /** Service task 「登记逾期未提交」. */
  static final String TASK_RECORD_MISSING_REPORT = "Task_RecordMissingReport";
  /** User task 「评定季度考核：${workerName}（${quarterLabel}）」. */
  static final String TASK_REVIEW_QUARTERLY_REPORT = "Task_ReviewQuarterlyReport";
  /** User task 「为工作者补记季度考核：${workerName}（${quarterLabel}）」. */
  static final String TASK_SCORE_MISSING_REPORT = "Task_ScoreMissingReport";

  private QuarterlyReportProcessVariables() {
  }
}
