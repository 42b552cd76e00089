package org.partyaffairs.workforce.notice;

/** The variables of {@code NoticeObjectionProcess}, the objection raised in Tasklist. */
final class ObjectionProcessVariables {

  static final String PROCESS_KEY = "NoticeObjectionProcess";

  /** The entries open to objection, as select options {label, value}: read by the form's 公示条目. */
  static final String OBJECTABLE_ENTRIES = "objectableEntries";
  /** When the last of those notices closes: BoundaryEvent_NoticesClosed fires then. */
  static final String OBJECTABLE_UNTIL = "objectableUntil";
  /** Those notices as the task's name reads them: the title, or the first title and how many in all. */
  static final String OBJECTABLE_NOTICES = "objectableNotices";

  // Submitted by Task_SubmitObjection
  /** The chosen option, {@code <noticeId>:<entryId>}. */
  static final String ENTRY = "entry";
  static final String GROUNDS = "grounds";


  // Activity ids of the model (processes/NoticeObjectionProcess.bpmn): its tasks and call activities
  /** Service task 「列出公示期内的条目」. */
  static final String TASK_LIST_OBJECTABLE_ENTRIES = "Task_ListObjectableEntries";
  /** User task 「选择条目并写明异议理由：${objectableNotices}」. */
  static final String TASK_SUBMIT_OBJECTION = "Task_SubmitObjection";

  private ObjectionProcessVariables() {
  }
}
