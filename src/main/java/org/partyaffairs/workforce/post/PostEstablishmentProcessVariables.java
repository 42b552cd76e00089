package org.partyaffairs.workforce.post;

/**
 * The variables of {@code PostEstablishmentProcess}: the keys of its forms and what its gateway
 * reads. The application is found by process instance, never by a variable a form could forge.
 */
final class PostEstablishmentProcessVariables {

  static final String PROCESS_KEY = "PostEstablishmentProcess";

  // Start form 提出岗位设置申请, edited again in 修改岗位设置申请
  static final String POST_COUNT = "postCount";
  /** One station per line, one line per post. */
  static final String STATIONS = "stations";
  static final String REASON = "reason";

  // Facts shown read-only
  static final String TOWN_NAME = "townName";
  static final String ROUND = "round";
  /** The committee's reason when it returned the application, shown to the town. */
  static final String REVIEW_COMMENT = "reviewComment";

  // 审核岗位设置申请
  static final String DECISION = "decision";
  static final String DECISION_REASON = "decisionReason";
  /** Read by Gateway_ApplicationDecision; always set from the validated decision. */
  static final String OUTCOME = "reviewOutcome";


  // Activity ids of the model (processes/PostEstablishmentProcess.bpmn): its tasks and call activities
  /** Service task 「登记岗位设置申请」. */
  static final String TASK_REGISTER_POST_APPLICATION = "Task_RegisterPostApplication";
  /** User task 「审核岗位设置申请：${townName}（${postCount}个岗位，第${round}轮）」. */
  static final String TASK_REVIEW_POST_APPLICATION = "Task_ReviewPostApplication";
  /** User task 「修改岗位设置申请：${townName}（${postCount}个岗位，第${round}轮）」. */
  static final String TASK_REVISE_APPLICATION = "Task_ReviseApplication";
  /** Service task 「设置岗位」. */
  static final String TASK_CREATE_POSTS = "Task_CreatePosts";

  private PostEstablishmentProcessVariables() {
  }
}
