package org.partyaffairs.workforce.recruitment;

/**
 * The variables of {@code RecruitmentProcess}: the keys of its forms, what its gateways and
 * multi-instance tasks read. Records are found by process instance (and a candidate must belong to
 * the plan of the instance), never trusted from a variable a form could forge.
 */
final class RecruitmentProcessVariables {

  static final String PROCESS_KEY = "RecruitmentProcess";

  // Start form 提出招录方案
  static final String TOWN = "townCode";
  static final String POSTS_TO_FILL = "postsToFill";
  static final String CONDITIONS = "conditions";
  static final String SCHEDULE = "schedule";

  // Facts shown read-only; the organiser's group does the plan's tasks
  static final String TOWN_NAME = "townName";
  static final String ORGANISER_LABEL = "organiserLabel";
  static final String ORGANISER_GROUP = "organiserGroup";
  /** Read by Gateway_TownOrganised. */
  static final String NEEDS_CONSENT = "needsConsent";

  // 审核区镇招录方案
  static final String CONSENT = "consent";
  static final String CONSENT_REASON = "consentReason";
  /** Read by Gateway_PlanConsented. */
  static final String CONSENTED = "consented";

  // 登记报名人员
  static final String CANDIDATE_LIST = "candidateList";

  // One candidate's tasks (multi-instance)
  static final String CANDIDATE_IDS = "candidateIds";
  static final String QUALIFIED_IDS = "qualifiedCandidateIds";
  static final String SHORTLISTED_IDS = "shortlistedCandidateIds";
  static final String CANDIDATE_ID = "candidateId";
  static final String CANDIDATE_NAME = "candidateName";
  static final String CANDIDATE_EDUCATION = "candidateEducation";
  static final String QUALIFICATION = "qualification";
  static final String QUALIFICATION_REASON = "qualificationReason";
  static final String EXAM_SCORE = "examScore";
  static final String INTERVIEW_SCORE = "interviewScore";
  /** Read by Gateway_AnyoneQualified. */
  static final String ANYONE_QUALIFIED = "anyoneQualified";

  // The shortlist on public notice (PublicNoticeProcess's noticeTitle, noticeOwnerGroup, noticeEntries)
  static final String NOTICE_TITLE = "shortlistNoticeTitle";
  static final String SHORTLIST_ENTRIES = "shortlistEntries";
  static final String PUBLISHED_ENTRIES = "publishedEntries";
  /** Read by Gateway_ShortlistChanged. */
  static final String SHORTLIST_CHANGED = "shortlistChanged";

  // 签订聘用合同
  static final String VACANT_POSTS = "vacantPosts";
  static final String HIRE = "hire";
  static final String POST_ID = "postId";
  static final String CONTRACT_NUMBER = "contractNumber";
  static final String CONTRACT_SIGNED_ON = "contractSignedOn";


  // Activity ids of the model (processes/RecruitmentProcess.bpmn): its tasks and call activities
  /** Service task 「登记招录方案」. */
  static final String TASK_REGISTER_PLAN = "Task_RegisterPlan";
  /** User task 「审核区镇招录方案：${townName}（${postsToFill}个岗位）」. */
  static final String TASK_CONSENT_TO_PLAN = "Task_ConsentToPlan";
  /** User task 「登记报名人员：${townName}招录（${postsToFill}个岗位）」. */
  static final String TASK_REGISTER_CANDIDATES = "Task_RegisterCandidates";
  /** User task 「审查报名资格：${candidateName}（${townName}）」. */
  static final String TASK_REVIEW_QUALIFICATION = "Task_ReviewQualification";
  /** Service task 「汇总资格审查结果」. */
  static final String TASK_COLLECT_QUALIFIED = "Task_CollectQualified";
  /** User task 「录入笔试和面试成绩：${candidateName}（${townName}）」. */
  static final String TASK_ENTER_SCORES = "Task_EnterScores";
  /** Service task 「排名并确定拟录用人员」. */
  static final String TASK_RANK_CANDIDATES = "Task_RankCandidates";
  /** Call activity 「公示拟录用人员名单」. */
  static final String CALL_ACTIVITY_PUBLISH_SHORTLIST = "CallActivity_PublishShortlist";
  /** Service task 「核对公示后的名单」. */
  static final String TASK_CHECK_SHORTLIST = "Task_CheckShortlist";
  /** Service task 「开始办理聘用」. */
  static final String TASK_START_HIRING = "Task_StartHiring";
  /** User task 「签订聘用合同：${candidateName}（${townName}）」. */
  static final String TASK_SIGN_CONTRACT = "Task_SignContract";
  /** Service task 「结束招录」. */
  static final String TASK_COMPLETE_RECRUITMENT = "Task_CompleteRecruitment";

  private RecruitmentProcessVariables() {
  }
}
