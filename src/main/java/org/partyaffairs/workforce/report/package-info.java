/**
 * The half-yearly report on a town's workers (001 第十五条: 区县委组织部每半年书面向市委组织部报告一次
 * 党建专干履职情况): the town's organisation department starts it for a half year, the product
 * compiles the town's figures once and keeps them, the department writes its assessment of the
 * workers' performance, the town committee reviews and submits (or returns it with a reason), the
 * city office receives it. The city reads every town's figures side by side.
 *
 * <ul>
 *   <li>Process: {@code processes/HalfYearReportProcess.bpmn}, bound by {@code HalfYearReportTasks} and
 *       {@code HalfYearReportForms}; variables and activity ids in {@code HalfYearReportProcessVariables}.
 *   <li>Forms: {@code forms/HalfYearReportStartForm}, {@code HalfYearAssessmentForm},
 *       {@code HalfYearReviewForm}, {@code HalfYearReceiptForm} ({@code .form}); the start form's
 *       half years from {@code HalfYearChoices}.
 *   <li>Rules and facts: none; due dates in {@code rules/calendar/service-levels.csv}.
 *   <li>Records: {@code HalfYearReport} ({@code db/migration/V19__half_year_report.sql}); the figures
 *       are read by {@code TownFigures} from the other capabilities' tables, read-only.
 *   <li>Documents: {@code HalfYearReportWorkbook} (XLSX); API in {@code HalfYearReportController}.
 * </ul>
 *
 * <p>Walk: {@code docs/capabilities/half-year-report.md}.
 */
package org.partyaffairs.workforce.report;
