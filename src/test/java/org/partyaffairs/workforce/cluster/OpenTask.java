package org.partyaffairs.workforce.cluster;

/** A user task waiting in the engine, as the database holds it: whose it is and in which town. */
record OpenTask(String id, String assignee, String tenantId) {
}
