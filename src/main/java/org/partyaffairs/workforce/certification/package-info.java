/**
 * Certification levels and the 红领津贴 (002 “四级五专”: 专职资格认证, 专属待遇保障): the city office opens the
 * year's round; every worker in post is invited to apply for the first level (初级) or the one above
 * the level held; the town organisation department checks the application against
 * certification-eligibility (training test, years in service, recent grades: the city's rule
 * rows), records the 实地走访; the city office's 综合评定 recommends; the result goes on a public
 * notice; the certificate is issued with a number. Each annual assessment graded is the
 * certificate's 年检: red-collar-allowance decides the year's 红领津贴 (0 below 称职), certification-exit
 * whether the level is lost. A certified worker's move is reported to the city.
 *
 * <ul>
 *   <li>Process: {@code processes/CertificationProcess.bpmn}, bound by {@code CertificationTasks} and
 *       {@code CertificationForms}; variables and activity ids in {@code CertificationProcessVariables};
 *       started per worker by {@code CertificationRounds}.
 *   <li>Forms: {@code forms/CertificationApplicationForm}, {@code CertificationReviewForm}, {@code
 *       CertificationVisitForm}, {@code CertificationEvaluationForm} ({@code .form}).
 *   <li>Rules: {@code rules/certification/certification-eligibility.drl}, {@code red-collar-allowance.drl},
 *       {@code certification-exit.drl} (facts {@code rules.facts.CertificationFacts}, {@code AllowanceFacts},
 *       {@code CertificationExitFacts}, levels {@code CertificationLevel}).
 *   <li>Records: {@code CertificationRound}, {@code CertificationApplication}, {@code Certificate},
 *       {@code CertificateInspection}, {@code PositionChange}, {@code db/migration/V28__certification.sql}.
 *   <li>API: {@code POST /api/certification-rounds}, {@code GET /api/workers/{id}/certification},
 *       {@code GET /api/workers/{id}/certificate.pdf} ({@code CertificationController}).
 *   <li>Talks to: training — whether the training test was passed ({@code training.TrainingRecords});
 *       assessment — the confirmed grades ({@code assessment.AnnualGrades}) and the event {@code
 *       AssessmentGraded} for the 年检 ({@code AnnualInspections}); exchange — the event {@code
 *       WorkerExchanged} for the position change report ({@code PositionChangeReports}); notice — the
 *       result published through PublicNoticeProcess, corrections through {@code CertificationNotice}.
 * </ul>
 *
 * <p>Walk: {@code docs/capabilities/certification.md}.
 */
package org.partyaffairs.workforce.certification;
