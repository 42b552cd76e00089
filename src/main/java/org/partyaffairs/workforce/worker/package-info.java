/**
 * The worker and their trail: status (CANDIDATE → PROBATION → ACTIVE → DISMISSED | RESIGNED), the
 * trail entry of every step with the article it implements, who may see whom, and the departure
 * that ends every other process about a worker ({@link org.partyaffairs.workforce.worker.Departures},
 * publishing {@link org.partyaffairs.workforce.worker.ServiceEnded}); a hire publishes
 * {@link org.partyaffairs.workforce.worker.WorkerHired} (the account capability opens the worker's
 * own account).
 *
 * <ul>
 *   <li>Process and forms: none of its own; every process about a worker carries {@code workerId}.
 *   <li>Records: {@code Worker}, {@code TrailEntry} ({@code db/migration/V2__workforce_core.sql},
 *       {@code V11__query_indexes.sql}).
 *   <li>API: {@code /api/workers}, {@code /api/workers/{id}/trail} ({@code WorkerController}).
 * </ul>
 */
package org.partyaffairs.workforce.worker;
