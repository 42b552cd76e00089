/**
 * Absences (旷工, 000 第十三条 3, 第十四条 1): the town organisation dept records absent working days,
 * and each record runs the warning trigger and the dismissal grounds over the worker's year.
 *
 * <ul>
 *   <li>Process: {@code processes/AbsenceRecordProcess.bpmn}, bound by {@link
 *       org.partyaffairs.workforce.absence.AbsenceTasks} ({@code ${absenceTasks}}); variables and
 *       activity ids in {@code AbsenceProcessVariables}.
 *   <li>Forms: {@code forms/AbsenceRecordForm.form}.
 *   <li>Rules: {@code rules/discipline/warning-trigger.drl} (facts {@code rules.facts.AbsenceFacts},
 *       {@code AbsenceSummary}); the dismissal grounds are the dismissal capability's.
 *   <li>Records: {@code Absence} ({@code absence} table, {@code db/migration/V10__discipline.sql}).
 *   <li>API: {@code POST/GET /api/workers/{id}/absences} ({@code AbsenceController}).
 *   <li>Talks to: warning ({@code WarningService.startForAbsences}) and dismissal
 *       ({@code DismissalService.considerAbsences}) by call, because the record answers which of them
 *       it started; provides dismissal's {@code AbsentDays} ({@code AbsentDaysOnRecord}); reads the
 *       approved leave through its own port {@code ApprovedLeave} (implemented by leave), refusing an
 *       absence on a day of approved leave (001 第十八条(四)); records a late return for leave
 *       ({@code AbsenceService.recordDays}).
 * </ul>
 *
 * <p>Walk: {@code docs/capabilities/discipline.md}.
 */
package org.partyaffairs.workforce.absence;
