package org.partyaffairs.workforce.probation;

/**
 * The variables of {@code ProbationProcess}: what the hire passes in, the keys of its forms and
 * what its gateway reads. The record is found by process instance, never by a forgeable variable.
 */
final class ProbationProcessVariables {

  static final String PROCESS_KEY = "ProbationProcess";

  // In, from the hire
  static final String WORKER_ID = "workerId";
  /** ISO date of the contract; today when absent. */
  static final String HIRED_ON = "hiredOn";

  // Facts shown read-only, and the timer
  static final String WORKER_NAME = "workerName";
  static final String WORKER_USER_ID = "workerUserId";
  static final String TOWN_NAME = "townName";
  static final String LAST_DAY = "probationLastDay";
  /** Read by Event_ProbationPeriodElapsed. */
  static final String ENDS_AT = "probationEndsAt";

  // 指定带教师傅
  static final String MENTOR_NAME = "mentorName";
  static final String MENTOR_POSITION = "mentorPosition";

  // 作出公开承诺
  static final String WORK_COMMITMENT = "workCommitment";
  static final String INTEGRITY_COMMITMENT = "integrityCommitment";
  static final String COMMITMENT_MADE_ON = "commitmentMadeOn";

  // 录入试用期考核结果
  /** Shown read-only: whether the worker passed 任前培训 (000 第十一条), set by the server ({@code PrePostTraining}). */
  static final String PRE_POST_TRAINING = "prePostTraining";
  static final String PRE_POST_TRAINING_PASSED = "prePostTrainingPassed";
  static final String EXAM_SCORE = "examScore";
  static final String EXAM_PASS_SCORE = "examPassScore";
  static final String VOTES_EXCELLENT = "votesExcellent";
  static final String VOTES_GOOD = "votesGood";
  static final String VOTES_FAIR = "votesFair";
  static final String VOTES_POOR = "votesPoor";

  /** Read by Gateway_ProbationPassed. */
  static final String PASSED = "probationPassed";
  /** Why the worker was disqualified, shown on the filing form. */
  static final String DISQUALIFICATION_REASONS = "disqualificationReasons";

  // 备案取消资格
  static final String FILING_NUMBER = "filingNumber";


  // Activity ids of the model (processes/ProbationProcess.bpmn): its tasks and call activities
  /** Service task 「开始试用期」. */
  static final String TASK_OPEN_PROBATION = "Task_OpenProbation";
  /** User task 「指定带教师傅：${workerName}（${townName}）」. */
  static final String TASK_ASSIGN_MENTOR = "Task_AssignMentor";
  /** User task 「作出公开承诺：${workerName}（${townName}）」. */
  static final String TASK_MAKE_COMMITMENT = "Task_MakeCommitment";
  /** User task 「录入试用期考核结果：${workerName}（${townName}）」. */
  static final String TASK_RECORD_PROBATION_REVIEW = "Task_RecordProbationReview";
  /** Service task 「判定试用期结果」. */
  static final String TASK_DECIDE_PROBATION_OUTCOME = "Task_DecideProbationOutcome";
  /** User task 「备案取消资格：${workerName}（${townName}）」. */
  static final String TASK_FILE_DISQUALIFICATION = "Task_FileDisqualification";
  /** User task 「备案取消资格：${workerName}（${townName}）」. */
  static final String TASK_FILE_EARLY_DISQUALIFICATION = "Task_FileEarlyDisqualification";

  private ProbationProcessVariables() {
  }
}
