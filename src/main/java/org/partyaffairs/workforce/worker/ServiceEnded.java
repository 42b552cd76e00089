package org.partyaffairs.workforce.worker;

/**
 * A worker left service (resigned, dismissed): published by {@link Departures#announce} and
 * delivered synchronously in the transaction that ended the service, so whoever reacts (the post
 * capability vacates the post) commits or rolls back with it. The worker module knows none of them.
 *
 * @param status the worker's status after leaving, e.g. {@link WorkerStatus#DISMISSED}
 * @param byProcessInstanceId the process that ended the service
 */
public record ServiceEnded(Long workerId, String townCode, WorkerStatus status, String byProcessInstanceId) {
}
