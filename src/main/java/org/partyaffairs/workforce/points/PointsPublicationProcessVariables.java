package org.partyaffairs.workforce.points;

import org.partyaffairs.workforce.shared.Quarter;

/** The variables of {@code PointsPublicationProcess}: a town's standings of one quarter on public notice. */
final class PointsPublicationProcessVariables {

  static final String PROCESS_KEY = "PointsPublicationProcess";

  /** The town (the process belongs to it) and the quarter, {@code 2026Q1}. */
  static final String TOWN = "townCode";
  static final String QUARTER = "quarter";

  // Set by Task_CompileStandings, mapped into PublicNoticeProcess
  static final String NOTICE_TITLE = "standingsNoticeTitle";
  static final String NOTICE_ENTRIES = "standingsEntries";
  static final String OWNER_GROUP = "standingsOwnerGroup";

  // Activity ids of the model (processes/PointsPublicationProcess.bpmn)
  /** Service task 「汇总本季度积分」. */
  static final String TASK_COMPILE_STANDINGS = "Task_CompileStandings";
  /** Call activity 「公布积分」 (PublicNoticeProcess). */
  static final String CALL_ACTIVITY_PUBLISH_STANDINGS = "CallActivity_PublishStandings";

  private PointsPublicationProcessVariables() {
  }

  /** PTS-kfq-2026Q1: one publication per town and quarter. */
  static String businessKey(String town, Quarter quarter) {
    return "PTS-" + town + "-" + quarter.code();
  }
}
