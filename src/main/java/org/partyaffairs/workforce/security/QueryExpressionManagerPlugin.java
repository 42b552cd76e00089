package org.partyaffairs.workforce.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** Puts {@link QueryExpressionManager} into the engine's configuration in place of Spring's own. */
@Component
class QueryExpressionManagerPlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext applicationContext;

  QueryExpressionManagerPlugin(ApplicationContext applicationContext) {
    this.applicationContext = applicationContext;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setExpressionManager(new QueryExpressionManager(applicationContext));
  }
}
