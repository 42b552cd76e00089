/**
 * The database before the engine: Flyway migrations of our tables ({@code db/migration}), Camunda's
 * schema, and the start-up steps run once per cluster ({@code startup_lock}, {@code
 * V12__startup_lock.sql}). See {@code docs/operations.md}. A page of tasks is read in two steps on
 * MySQL, MariaDB and H2 ({@code TaskPageQuery}, {@code TaskPage.xml}; docs/benchmarks.md).
 */
package org.partyaffairs.workforce.persistence;
