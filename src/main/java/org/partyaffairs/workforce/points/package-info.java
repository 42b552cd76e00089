/**
 * The points ledger kept all year under policy {@code points} (004 附件1 二、考核流程: 专人记录、定期公布、支部评定、
 * 上级审核、年度公示): the town organisation department records events as they happen; a worker claims a
 * bonus with evidence or two witnesses, which the department accepts or refuses with a reason; a veto
 * counts once the town committee confirms it; every quarter each town's standings go on public notice,
 * and an objection's correction goes through the ledger; the annual campaign grades from the ledger.
 *
 * <ul>
 *   <li>Processes: {@code processes/PointsClaimProcess.bpmn} ({@code PointsClaimTasks}, {@code
 *       PointsClaimForms}, {@code PointsClaimProcessVariables}) and {@code PointsPublicationProcess.bpmn}
 *       ({@code PointsPublicationTasks}, {@code PointsPublicationProcessVariables}), which calls
 *       {@code PublicNoticeProcess}.
 *   <li>Forms: {@code forms/PointsClaimForm} (start, the worker; its witness selects filled by {@code
 *       WitnessChoices}), {@code PointsClaimCheckForm}, {@code PointsVetoConfirmationForm} ({@code .form}).
 *   <li>Rules: {@code rules/assessment/points-score.drl} judges every line and computes every total.
 *   <li>Records: {@code PointsLedger} ({@code points_ledger}), {@code PointsEntry} ({@code points_entry}),
 *       {@code db/migration/V29__points_ledger.sql}.
 *   <li>API: {@code /api/points/...} ({@code PointsController}).
 *   <li>Talks to: notice — its standings are a {@code notice.NoticeEntryOwner} ({@code PointsStandings});
 *       worker — the trail. The assessment reads the ledger through {@link
 *       org.partyaffairs.workforce.points.PointsService} (its text, lines and corrections); nothing here
 *       depends on the assessment.
 * </ul>
 *
 * <p>Walk: {@code docs/capabilities/points-ledger.md}.
 */
package org.partyaffairs.workforce.points;
