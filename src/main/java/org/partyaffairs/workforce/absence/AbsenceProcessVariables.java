package org.partyaffairs.workforce.absence;

/** The variables of {@code AbsenceRecordProcess}, the Tasklist way to record absences. */
final class AbsenceProcessVariables {

  static final String PROCESS_KEY = "AbsenceRecordProcess";

  // Start form 登记旷工
  static final String WORKER_ID = "workerId";
  static final String FIRST_DAY = "firstDay";
  static final String LAST_DAY = "lastDay";
  static final String NOTE = "note";

  // What the record did, for Cockpit
  static final String RECORDED_DAYS = "recordedDays";
  static final String LONGEST_RUN = "longestRun";
  static final String TOTAL = "total";
  static final String WARNING_STARTED = "warningProcessInstanceId";
  static final String DISMISSAL_STARTED = "dismissalProcessInstanceId";


  // Activity ids of the model (processes/AbsenceRecordProcess.bpmn): its tasks and call activities
  /** Service task 「登记旷工」. */
  static final String TASK_RECORD_ABSENCE = "Task_RecordAbsence";

  private AbsenceProcessVariables() {
  }
}
