/**
 * Running the product as a service (issue 28): metrics of the engine's work for administrators
 * ({@code /actuator/prometheus}, {@link org.partyaffairs.workforce.operations.EngineWork}) and the
 * health of a node (readiness: database, engine, job executor, rule base). The capabilities add
 * their own figures (notifications, decisions) where they keep them. docs/operations.md, "Metrics".
 */
package org.partyaffairs.workforce.operations;
