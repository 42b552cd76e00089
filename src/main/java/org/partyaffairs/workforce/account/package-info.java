/**
 * Workers' own accounts (issue 25): a hired worker gets a Camunda user ({@code <town>-gz<worker
 * id>}, group {@code workers}, their town's tenant) with no usable password; the town organisation
 * department prints the 账号开通通知书 with a one-time activation code; the worker sets a password at
 * {@code /account/activate} (open without a login) and is logged into Tasklist; their own tasks go
 * to them once the account is active ({@code ownTasks}); access ends with their service.
 *
 * <ul>
 *   <li>Process and forms: none of its own. {@code OwnTasks} ({@code ${ownTasks.assigneeOf(execution)}})
 *       is the assignee of the worker's own tasks in ProbationProcess and AnnualAssessmentProcess.
 *   <li>Events heard: {@code worker.WorkerHired} ({@code AccountOnHire}), {@code worker.ServiceEnded}
 *       ({@code AccountOnDeparture}).
 *   <li>Records: {@code Account}, {@code ActivationCode} (hash only), {@code ActivationAttempt}
 *       ({@code db/migration/V24__accounts.sql}).
 *   <li>API: {@code /api/workers/{id}/account}, {@code /api/workers/{id}/account/letter}
 *       ({@code WorkerAccountController}); the open page {@code /account/activate}
 *       ({@code ActivationController}, {@code static/account/activate.html}); {@code ClosedAccountFilter}
 *       on the webapps' APIs.
 * </ul>
 *
 * <p>Walk: {@code docs/capabilities/accounts.md}.
 */
package org.partyaffairs.workforce.account;
