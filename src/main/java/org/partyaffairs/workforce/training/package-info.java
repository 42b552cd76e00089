/**
 * Training records (000 第十一条 岗位培训制度; 002 专业能力培训): the city office registers trainings —
 * 任前培训 or 日常培训, optionally with a test and its pass mark — and records their lists of attendance
 * and results as JSON or as a spreadsheet, judged whole (one wrong cell and nothing is recorded); every
 * recorded line is a trail entry on its worker.
 *
 * <ul>
 *   <li>Process and forms: none of its own; probation's review form shows whether the worker passed
 *       任前培训 (read through {@code TrainingRecords}, refreshed on {@code TrainingResultsRecorded}).
 *   <li>Records: {@code Training}, {@code TrainingResult} ({@code training}, {@code training_result},
 *       {@code db/migration/V27__training.sql}).
 *   <li>API: {@code /api/trainings}, {@code /api/trainings/{id}}, {@code /api/trainings/{id}/results}
 *       (JSON, XLSX), {@code /api/trainings/{id}/results.xlsx} (template), {@code
 *       /api/workers/{id}/trainings}.
 *   <li>For others: {@code TrainingRecords} (has a worker passed a training of a kind since a date — for
 *       probation now and certification later) and the event {@code TrainingResultsRecorded}.
 * </ul>
 *
 * <p>Walk: {@code docs/capabilities/training.md}.
 */
package org.partyaffairs.workforce.training;
