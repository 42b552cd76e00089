/**
 * Recruitment (000 第五、六条): the town's plan and the city's consent, candidates registered,
 * qualified and scored, the ranking and its public notice, hiring into vacant posts.
 *
 * <ul>
 *   <li>Process: {@code processes/RecruitmentProcess.bpmn}, bound by {@code RecruitmentTasks} and
 *       {@code RecruitmentForms}; variables and activity ids in {@code RecruitmentProcessVariables}.
 *   <li>Forms: {@code forms/RecruitmentPlanForm}, {@code RecruitmentConsentForm},
 *       {@code RecruitmentRegistrationForm}, {@code CandidateQualificationForm},
 *       {@code CandidateScoreForm}, {@code RecruitmentContractForm} ({@code .form}).
 *   <li>Rules: {@code rules/recruitment/recruitment-ranking.drl}; facts {@code
 *       rules.facts.RankingFacts}, {@code Applicant}.
 *   <li>Records: {@code RecruitmentPlan}, {@code Candidate} ({@code db/migration/V8__recruitment.sql}).
 *   <li>API: {@code /api/recruitments/{id}} ({@code RecruitmentController}).
 * </ul>
 *
 * <p>Walk: {@code docs/capabilities/recruitment.md}.
 */
package org.partyaffairs.workforce.recruitment;
