/**
 * Logins, groups and towns (tenants), the guards in front of the engine's APIs (canonical paths,
 * query expressions, form submissions, administrator routes, invisible instances), authorizations
 * and login lock-out ({@code V14__login_lock.sql}, {@code V16__task_read_by_definition.sql}). See
 * {@code docs/security.md}.
 */
package org.partyaffairs.workforce.security;
