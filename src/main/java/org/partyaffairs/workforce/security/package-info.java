/**
 * Logins, groups and towns (tenants), who calls the product API (HTTP Basic, or the Tasklist
 * session for the listed reads: {@code ProductApiAuthentication}, {@code SessionReads}), the guards in front of the engine's APIs (canonical paths,
 * query expressions, form submissions, administrator routes, invisible instances), authorizations
 * with the engine checker that keeps work to the group a task is offered to
 * ({@code OfferedTaskCommandChecker}), and login lock-out ({@code V14__login_lock.sql},
 * {@code V16__task_read_by_definition.sql}, {@code V17__task_work_by_definition.sql}). See
 * {@code docs/security.md}.
 */
package org.partyaffairs.workforce.security;
