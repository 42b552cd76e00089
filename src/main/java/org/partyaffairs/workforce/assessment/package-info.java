/**
 * The annual assessment (000 第九、十条; 001 第二十至二十三条): a city-wide campaign over every
 * worker in service, each worker's assessment with self-report and scoring, the excellence quota,
 * the public notice of the results and their consequences (rewards, follow-ups, dismissal grounds).
 *
 * <ul>
 *   <li>Processes: {@code processes/AssessmentCampaignProcess.bpmn} ({@code CampaignTasks},
 *       {@code CampaignForms}, {@code CampaignProcessVariables}), {@code AssessmentBatchProcess.bpmn}
 *       (its one task in {@code CampaignTasks}, {@code BatchProcessVariables}),
 *       {@code AnnualAssessmentProcess.bpmn} ({@code AssessmentTasks}, {@code AssessmentForms},
 *       {@code AssessmentProcessVariables}), {@code AssessmentFollowUpProcess.bpmn}
 *       ({@code FollowUpForms}, {@code FollowUpProcessVariables}).
 *   <li>Forms: {@code forms/AssessmentCampaignStartForm}, {@code AssessmentConfirmationForm},
 *       {@code ExcellenceQuotaDecisionForm}, {@code AssessmentSelfReportForm},
 *       {@code AssessmentEvaluationForm}, {@code AssessmentWeightedScoreForm},
 *       {@code AssessmentPointsLedgerForm}, {@code AssessmentTalkForm}, {@code RewardReviewForm}
 *       ({@code .form}).
 *   <li>Rules: {@code rules/assessment/*.drl} (evaluation-form-score, weighted-score, points-score,
 *       assessment-grade, excellence-quota, reward-eligibility) and {@code
 *       rules/discipline/dismissal-grounds.drl}; facts {@code rules.facts.EvaluationForm},
 *       {@code WeightedScoreFacts}, {@code PointsFacts}, {@code PointsEvent}, {@code GradeFacts},
 *       {@code Grade}, {@code CohortFacts}, {@code CohortMember}, {@code RewardFacts}.
 *   <li>Records: {@code Campaign}, {@code Assessment}, {@code RewardRecord}
 *       ({@code db/migration/V9__assessment.sql}, {@code V15__campaign_deadlines.sql}).
 *   <li>API: {@code GET /api/campaigns/{id}} ({@code CampaignController}); bulk scoring, a town's
 *       open score sheets as one XLSX and back ({@code GET /api/assessment/score-sheets.xlsx},
 *       {@code POST /api/assessment/score-sheets}: {@code BulkScoringController}, {@code BulkScoring},
 *       {@code ScoreSheetWorkbook}; {@code static/bulk-scoring.html}; docs/bulk-scoring.md).
 *   <li>Publishes {@link org.partyaffairs.workforce.assessment.AssessmentGroundFound} (an annual
 *       不称职, or 基本称职 two years running); owns its notice entries ({@code AssessmentResults},
 *       a {@code notice.NoticeEntryOwner}); a worker's confirmed grades by year for other decisions
 *       ({@code AnnualGrades}: exchange-eligibility, 000 第十二条).
 * </ul>
 *
 * <p>Walk: {@code docs/capabilities/assessment.md}.
 */
package org.partyaffairs.workforce.assessment;
