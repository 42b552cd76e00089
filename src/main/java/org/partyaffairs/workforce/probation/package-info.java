/**
 * The two-month probation (001 第六条, 第十八条(一)(六)): mentor, public commitment, the exam and the
 * vote, the outcome; a qualification problem disqualifies at once.
 *
 * <ul>
 *   <li>Process: {@code processes/ProbationProcess.bpmn}, bound by {@code ProbationTasks} and
 *       {@code ProbationForms}; variables and activity ids in {@code ProbationProcessVariables}.
 *   <li>Forms: {@code forms/ProbationMentorForm}, {@code ProbationCommitmentForm},
 *       {@code ProbationReviewForm}, {@code ProbationFilingForm} ({@code .form}).
 *   <li>Rules: {@code rules/probation/probation-outcome.drl}; facts {@code
 *       rules.facts.ProbationFacts}, {@code Votes}.
 *   <li>Records: {@code Probation} ({@code db/migration/V7__probation.sql}).
 *   <li>API: {@code /api/probations/{id}} ({@code ProbationController}); started by recruitment
 *       and the demo through {@link org.partyaffairs.workforce.probation.ProbationStart}.
 *   <li>Talks to: training — the review form shows whether the worker passed 任前培训 (000 第十一条),
 *       read through {@code training.TrainingRecords} and refreshed on {@code
 *       training.TrainingResultsRecorded} ({@code PrePostTraining}); it flags, never blocks.
 * </ul>
 *
 * <p>Walk: {@code docs/capabilities/probation.md}.
 */
package org.partyaffairs.workforce.probation;
