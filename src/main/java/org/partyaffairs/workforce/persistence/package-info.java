/**
 * The database before the engine: Flyway migrations of our tables ({@code db/migration}), Camunda's
 * schema, and the start-up steps run once per cluster ({@code startup_lock}, {@code
 * V12__startup_lock.sql}). See {@code docs/operations.md}.
 */
package org.partyaffairs.workforce.persistence;
