package org.partyaffairs.workforce.notification;

import java.util.Date;
import java.util.Set;

/**
 * A user task as the notifications see it.
 *
 * @param workerName the {@code workerName} variable of the process, where it is about a worker
 * @param workerId the {@code workerId} variable, for the worker's trail
 * @param candidateGroups the groups it is offered to
 * @param candidateUsers the users it is offered to by name
 * @param assignee who holds it, if anybody
 */
record OpenTask(String id, String name, Date due, String town, String processInstanceId, String workerName,
    Long workerId, Set<String> candidateGroups, Set<String> candidateUsers, String assignee) {
}
