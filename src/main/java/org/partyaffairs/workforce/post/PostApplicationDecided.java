package org.partyaffairs.workforce.post;

/**
 * The city committee answered a round of a post application (000 第三条): approved, refused or
 * returned for revision. Published in the transaction of the decision.
 *
 * @param applicant the town committee's user who submitted the round
 */
public record PostApplicationDecided(String townCode, String applicant, int round, PostReviewDecision decision,
    String businessKey, String processInstanceId) {
}
