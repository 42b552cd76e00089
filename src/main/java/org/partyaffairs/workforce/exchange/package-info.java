/**
 * Exchanges within the town (000 第十二条): a worker who has worked five full years in their post
 * with outstanding performance is a priority for an exchange (交流使用) or a more important role (重用)
 * within their town; the town committee proposes it, the city office consents (第十二条第二款), and on
 * consent the worker moves: the old post falls vacant, the new one is filled.
 *
 * <ul>
 *   <li>Process: {@code processes/ExchangeProcess.bpmn}, bound by {@code ExchangeTasks} and {@code
 *       ExchangeForms}; variables and activity ids in {@code ExchangeProcessVariables}.
 *   <li>Forms: {@code forms/ExchangeProposalForm}, {@code ExchangeJustificationForm}, {@code
 *       ExchangeReviewForm}, {@code ExchangeRefusalNoticeForm} ({@code .form}); the start form's
 *       post select is filled by {@code VacantPostChoices} ({@code vacantPostOptions}).
 *   <li>Rules: {@code rules/exchange/exchange-eligibility.drl} (facts {@code rules.facts.ExchangeFacts}).
 *   <li>Records: {@code ExchangeProposal} ({@code exchange_proposal}) and the day a post was taken up
 *       ({@code post.filled_at}), {@code db/migration/V26__exchange.sql}.
 *   <li>API: {@code GET /api/workers/{id}/exchanges} ({@code ExchangeController}).
 *   <li>Talks to: post — moves the worker through {@code post.Staffing.move}, the post's own
 *       operation; assessment — reads the confirmed annual grades ({@code assessment.AnnualGrades}).
 *       Publishes {@link org.partyaffairs.workforce.exchange.WorkerExchanged} once the worker has
 *       moved, for whoever must react; nothing depends on this package.
 * </ul>
 *
 * <p>Walk: {@code docs/capabilities/exchange.md}.
 */
package org.partyaffairs.workforce.exchange;
