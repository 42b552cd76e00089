/**
 * Quarterly reports (001 第十八条(三) 定期汇报制度): at the start of each quarter every worker in service
 * reports in writing (key work done, problems, next steps, urgent matters) by a configured working day
 * of the quarter; the town organisation department scores the report 0–100 with a comment; a report
 * not submitted by its due day is escalated and the department scores the quarter with a reason. Under
 * policy lanzhou the mean of the year's quarterly scores is the campaign's 平时考核 (001 第二十一条).
 *
 * <ul>
 *   <li>Process: {@code processes/QuarterlyReportProcess.bpmn}, bound by {@code QuarterlyReportTasks} and
 *       {@code QuarterlyReportForms}; variables and activity ids in {@code QuarterlyReportProcessVariables}.
 *   <li>Forms: {@code forms/QuarterlyReportForm}, {@code QuarterlyReviewForm},
 *       {@code QuarterlyMissingScoreForm} ({@code .form}).
 *   <li>Rules: {@code rules/assessment/quarterly-ordinary-score.drl} (facts
 *       {@code rules.facts.QuarterlyScoreFacts}), taken by assessment when it scores a Lanzhou worker.
 *   <li>Records: {@code QuarterlyReport} ({@code quarterly_report}, {@code db/migration/V25__quarterly_reports.sql};
 *       one per worker and quarter, a unique key).
 *   <li>Starting: {@code QuarterlyReportSchedule} (daily from the quarter's first day to its due day, every
 *       town) and {@code POST /api/quarterly-reports/{quarter}/towns/{town}} (city office, administrator),
 *       both through {@code QuarterlyReportStarts}; a worker's reports at
 *       {@code GET /api/workers/{id}/quarterly-reports} ({@code QuarterlyReportController}).
 *   <li>Talks to: assessment — implements its port {@code QuarterlyScores} ({@code QuarterlyScoresOnRecord});
 *       quarterly depends on assessment, never the other way.
 * </ul>
 *
 * <p>Walk: {@code docs/capabilities/quarterly-report.md}.
 */
package org.partyaffairs.workforce.quarterly;
