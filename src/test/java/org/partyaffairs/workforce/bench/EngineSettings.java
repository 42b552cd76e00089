package org.partyaffairs.workforce.bench;

import java.util.Map;

/**
 * The engine as Camunda ships it against the engine as this product ships it
 * ({@code application.yaml} and migrations {@value BenchIndexes#QUERY_INDEXES} and
 * {@value BenchIndexes#TASK_PARENT_INDEX}): the before and after of the tuning Camunda recommends.
 */
enum EngineSettings {

  /** Camunda 7.24's own defaults for what the product tunes, and none of the product's extra indexes. */
  CAMUNDA_DEFAULTS("Camunda defaults", Map.ofEntries(
      Map.entry("camunda.bpm.generic-properties.properties.cmmnEnabled", "true"),
      Map.entry("camunda.bpm.generic-properties.properties.standaloneTasksEnabled", "true"),
      Map.entry("camunda.bpm.job-execution.core-pool-size", "3"),
      Map.entry("camunda.bpm.job-execution.max-pool-size", "10"),
      Map.entry("camunda.bpm.job-execution.queue-capacity", "3"),
      Map.entry("camunda.bpm.job-execution.max-jobs-per-acquisition", "3"),
      Map.entry("camunda.bpm.job-execution.wait-time-in-millis", "5000"),
      Map.entry("camunda.bpm.job-execution.max-wait", "60000"),
      Map.entry("camunda.bpm.job-execution.backoff-time-in-millis", "0"),
      Map.entry("camunda.bpm.job-execution.max-backoff", "0"))),

  /** What application.yaml and the migrations say. */
  SHIPPED("as shipped", Map.of());

  private final String label;
  private final Map<String, Object> properties;

  EngineSettings(String label, Map<String, Object> properties) {
    this.label = label;
    this.properties = properties;
  }

  String label() {
    return label;
  }

  Map<String, Object> properties() {
    return properties;
  }

  boolean withProductIndexes() {
    return this == SHIPPED;
  }
}
