package org.partyaffairs.workforce.persistence;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.stereotype.Component;

/**
 * The engine checks its schema when it is built, so Flyway must have run before: without this the
 * engine and the migrations race on a fresh database.
 */
@Component
class MigrateBeforeEngine extends AbstractDependsOnBeanFactoryPostProcessor {

  MigrateBeforeEngine() {
    super(ProcessEngine.class, ProcessEngineFactoryBean.class, FlywayMigrationInitializer.class);
  }
}
