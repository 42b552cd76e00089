package org.partyaffairs.workforce.persistence;

/**
 * One part of what every start brings in line with the configuration, creating only what is
 * missing (groups, authorizations, filters, demo users and workers). {@link StartupSetUp} runs the
 * steps in their {@code @Order}, one node at a time and in one transaction.
 */
public interface StartupStep {

  void setUp();
}
