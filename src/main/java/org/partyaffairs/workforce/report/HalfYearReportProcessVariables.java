package org.partyaffairs.workforce.report;

/**
 * The variables of {@code HalfYearReportProcess}: the keys of its forms and what its gateway reads.
 * The record is found by process instance, never by a variable a form could forge.
 */
final class HalfYearReportProcessVariables {

  static final String PROCESS_KEY = "HalfYearReportProcess";

  // Start form 发起半年报告
  /** {@code 2026-H1}; the start form's select offers the half years that have begun. */
  static final String HALF_YEAR = "halfYear";

  // Facts shown read-only on the task forms
  static final String HALF_YEAR_LABEL = "halfYearLabel";
  static final String TOWN_NAME = "townName";
  static final String REPORT_ID = "reportId";
  /** The compiled figures in a few lines of Chinese, as the documents print them. */
  static final String FIGURES_SUMMARY = "figuresSummary";
  /** Where the report's workbook is downloaded ({@code /api/reports/half-year/{id}.xlsx}). */
  static final String REPORT_XLSX = "reportXlsx";
  /** Where the report's printable PDF is opened ({@code /api/reports/half-year/{id}.pdf}). */
  static final String REPORT_PDF = "reportPdf";

  // 撰写履职情况评价
  static final String PERFORMANCE_ASSESSMENT = "performanceAssessment";
  /** The committee's reason when it returned the report; shown to the department on the next round. */
  static final String RETURN_REASON = "returnReason";

  // 审核报送
  static final String DECISION = "decision";
  static final String DECISION_REASON = "decisionReason";
  /** Read by Gateway_ReportApproved; always set from the validated decision. */
  static final String APPROVED = "reportApproved";

  // 接收半年报告
  static final String RECEIPT_NOTE = "receiptNote";

  // Activity ids of the model (processes/HalfYearReportProcess.bpmn)
  /** Service task 「汇总本区镇半年数据」, synchronous after the start form. */
  static final String TASK_COMPILE_FIGURES = "Task_CompileFigures";
  /** User task 「撰写半年履职情况报告：${townName}${halfYearLabel}」. */
  static final String TASK_WRITE_ASSESSMENT = "Task_WriteAssessment";
  /** User task 「审核报送半年报告：${townName}${halfYearLabel}」. */
  static final String TASK_REVIEW_REPORT = "Task_ReviewReport";
  /** Service task 「报送市委」. */
  static final String TASK_SUBMIT_REPORT = "Task_SubmitReport";
  /** User task 「接收半年报告：${townName}${halfYearLabel}」. */
  static final String TASK_RECEIVE_REPORT = "Task_ReceiveReport";

  private HalfYearReportProcessVariables() {
  }
}
