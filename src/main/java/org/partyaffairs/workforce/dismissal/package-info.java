/**
 * Dismissal (000 第十四、十五条; in Lanzhou 001 第十九条): the grounds found on a worker, the town's
 * proposal, opinion and decision, the city's approval, the end of employment and the filing.
 *
 * <ul>
 *   <li>Process: {@code processes/DismissalProcess.bpmn}, bound by {@code DismissalTasks}
 *       ({@code ${dismissalTasks}}) and {@code DismissalForms} ({@code ${dismissalForms}}); variables
 *       and activity ids in {@code DismissalProcessVariables}.
 *   <li>Forms: {@code forms/DismissalProposalForm}, {@code DismissalOpinionForm},
 *       {@code DismissalDecisionForm}, {@code DismissalApprovalForm}, {@code DismissalFilingForm}
 *       ({@code .form}).
 *   <li>Rules: {@code rules/discipline/dismissal-grounds.drl}; facts {@code
 *       rules.facts.DismissalFacts}, {@code AbsenceSummary}, {@code Grade}.
 *   <li>Records: {@code Dismissal}, {@code DismissalGround} ({@code dismissal},
 *       {@code dismissal_ground}: {@code db/migration/V9__assessment.sql}, {@code V10__discipline.sql}).
 *   <li>Hears {@code warning.WarningFailed} and {@code assessment.AssessmentGroundFound}
 *       ({@code DismissalTriggers}); reads absent days through its {@code AbsentDays} port.
 * </ul>
 *
 * <p>Walk: {@code docs/capabilities/discipline.md}.
 */
package org.partyaffairs.workforce.dismissal;
