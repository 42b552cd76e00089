package org.partyaffairs.workforce.notice;

/** The variables of {@code PublicNoticeProcess}: what a calling process passes in and gets back. */
final class NoticeProcessVariables {

  static final String PROCESS_KEY = "PublicNoticeProcess";
  static final String OBJECTION_MESSAGE = "NoticeObjectionRaised";

  // In, from the caller
  static final String TITLE = "noticeTitle";
  static final String OWNER_GROUP = "noticeOwnerGroup";
  /** A list of {recordType, recordId, summary, value}. */
  static final String ENTRIES = "noticeEntries";
  /** ISO-8601 duration, {@value #DEFAULT_PERIOD} when absent. */
  static final String PERIOD = "noticePeriod";
  static final String DEFAULT_PERIOD = "P7D";

  // Kept by the process
  static final String NOTICE_ID = "noticeId";
  static final String CLOSES_AT = "noticeClosesAt";
  /** Read by Event_NoObjectionOpen. */
  static final String OPEN_OBJECTIONS = "openObjections";

  // One objection, local to its event subprocess
  static final String OBJECTION_ID = "objectionId";
  static final String OBJECTION_GROUNDS = "objectionGrounds";
  static final String ENTRY_SUMMARY = "entrySummary";
  static final String ENTRY_VALUE = "entryValue";
  static final String OUTCOME = "outcome";
  static final String REPLY = "reply";
  static final String CORRECTED_VALUE = "correctedValue";
  /** Read by Gateway_ObjectionCorrected. */
  static final String CORRECTION_NEEDED = "correctionNeeded";

  // Out, to the caller
  /** The entries as finally published: a list of {recordType, recordId, summary, value}. */
  static final String FINAL_ENTRIES = "finalEntries";


  // Activity ids of the model (processes/PublicNoticeProcess.bpmn): its tasks and call activities
  /** Service task 「发布公示」. */
  static final String TASK_OPEN_NOTICE = "Task_OpenNotice";
  /** Service task 「结束公示」. */
  static final String TASK_CLOSE_NOTICE = "Task_CloseNotice";
  /** User task 「调查核实异议：${entrySummary}（${noticeTitle}）」. */
  static final String TASK_INVESTIGATE_OBJECTION = "Task_InvestigateObjection";
  /** Service task 「纠正公示内容」. */
  static final String TASK_APPLY_CORRECTION = "Task_ApplyCorrection";

  private NoticeProcessVariables() {
  }
}
