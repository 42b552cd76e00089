package org.partyaffairs.workforce.resignation;

/**
 * The town committee agreed to a resignation or did not (000 第十六条): published in the transaction
 * of the decision, so that whoever tells the worker and the applicant does so exactly when it commits.
 *
 * @param applicant the user who filed the application (the worker, or the town organisation department for them)
 */
public record ResignationDecided(Long workerId, String applicant, boolean agreed, String processInstanceId) {
}
