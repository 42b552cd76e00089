package org.partyaffairs.workforce.certification;

/** The variables of {@code RedCollarAllowanceProcess}: what its form shows and submits, and its activity ids. */
final class AllowanceProcessVariables {

  static final String PROCESS_KEY = "RedCollarAllowanceProcess";

  /** The year of the list, set by the start. */
  static final String YEAR = "allowanceYear";
  /** The list in one line, read-only on the form and in the task's name. */
  static final String SUMMARY = "allowanceSummary";
  /** Where the list downloads as XLSX. */
  static final String XLSX_LINK = "allowanceXlsx";

  // 确认红领津贴发放名单 (the city office)
  static final String CONFIRMED = "allowanceConfirmed";
  static final String NOTE = "allowanceNote";

  // Activity ids of the model (processes/RedCollarAllowanceProcess.bpmn)
  /** Service task 「汇总红领津贴发放名单」. */
  static final String TASK_COMPILE_ALLOWANCE_LIST = "Task_CompileAllowanceList";
  /** User task 「确认红领津贴发放名单：${allowanceSummary}」. */
  static final String TASK_CONFIRM_ALLOWANCE_LIST = "Task_ConfirmAllowanceList";

  private AllowanceProcessVariables() {
  }
}
