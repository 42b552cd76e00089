/**
 * Warning talks (告诫, 000 第十三条): a town's warning on grounds 1–3, the talk, the evaluation at the
 * end of the period; a failed period costs the year's assessment.
 *
 * <ul>
 *   <li>Process: {@code processes/WarningTalkProcess.bpmn}, bound by {@code WarningTasks}
 *       ({@code ${warningTasks}}) and {@code WarningForms} ({@code ${warningForms}}); variables and
 *       activity ids in {@code WarningProcessVariables}.
 *   <li>Forms: {@code forms/WarningProposalForm}, {@code WarningTalkForm},
 *       {@code WarningEvaluationForm} ({@code .form}).
 *   <li>Rules: none of its own (the absence capability runs {@code warning-trigger}).
 *   <li>Records: {@code Warning} ({@code warning} table, {@code db/migration/V10__discipline.sql}).
 *   <li>Publishes {@link org.partyaffairs.workforce.warning.WarningFailed}.
 * </ul>
 *
 * <p>Walk: {@code docs/capabilities/discipline.md}.
 */
package org.partyaffairs.workforce.warning;
