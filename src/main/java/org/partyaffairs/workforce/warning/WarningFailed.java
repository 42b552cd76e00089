package org.partyaffairs.workforce.warning;

/**
 * A warning period ended failed and the worker lost the year's assessment (000 第十三条), which is a
 * ground for dismissal (第十四条 4). Published by {@link WarningService#revokeEligibility} and
 * delivered synchronously in its transaction; the dismissal capability reacts (it records the
 * ground and starts a dismissal). Warning knows none of its consumers.
 *
 * @param warningKey the warning's business key, as the trail and the evidence cite it
 * @param evaluation the evaluation that failed the period
 * @param year the year whose assessment was lost
 */
public record WarningFailed(Long workerId, String warningKey, String evaluation, int year, String processInstanceId) {
}
