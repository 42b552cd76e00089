package org.partyaffairs.workforce.worker;

/**
 * A worker was hired (000 第六条: the contract with the town is signed): published by
 * {@link WorkerService#hire} and delivered synchronously in the hiring transaction, so whoever
 * reacts (the account capability opens the worker's own account) commits or rolls back with the
 * hire. The worker module knows none of them.
 *
 * @param userId the worker's Camunda user if they had one already (the demo's workers), else null
 */
public record WorkerHired(Long workerId, String townCode, String name, String userId, String processInstanceId) {
}
