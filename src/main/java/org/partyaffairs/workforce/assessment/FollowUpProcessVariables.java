package org.partyaffairs.workforce.assessment;

/** The variables of {@code AssessmentFollowUpProcess}. */
final class FollowUpProcessVariables {

  static final String PROCESS_KEY = "AssessmentFollowUpProcess";

  static final String ASSESSMENT_ID = "assessmentId";
  static final String WORKER_ID = "workerId";
  static final String WORKER_NAME = "workerName";
  static final String TOWN_NAME = "townName";
  /** A {@link FollowUp} code; read by Gateway_FollowUpKind. */
  static final String FOLLOW_UP = "followUp";
  /** The two years' grades, as the task shows them. */
  static final String GRADES = "grades";

  // Task_HoldTalk
  static final String TALK_DATE = "talkDate";
  static final String TALK_PARTICIPANTS = "talkParticipants";
  static final String TALK_CONTENT = "talkContent";

  // Task_ReviewReward
  static final String REWARD_AMOUNT = "rewardAmount";
  static final String REWARD_REASON = "rewardReason";


  // Activity ids of the model (processes/AssessmentFollowUpProcess.bpmn): its tasks and call activities
  /** User task 「约谈基本称职人员：${workerName}（${townName}）」. */
  static final String TASK_HOLD_TALK = "Task_HoldTalk";
  /** User task 「审核奖励：${workerName}（${townName}）」. */
  static final String TASK_REVIEW_REWARD = "Task_ReviewReward";

  private FollowUpProcessVariables() {
  }
}
