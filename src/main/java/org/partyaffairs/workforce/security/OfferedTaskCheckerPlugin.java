package org.partyaffairs.workforce.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts {@link OfferedTaskCommandChecker} into the engine's list of command checkers, after Camunda's
 * tenant and authorization checkers (the list exists once the configuration is initialised): a
 * request those refuse is refused by them exactly as before, this one only narrows what they allow.
 */
@Component
class OfferedTaskCheckerPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getCommandCheckers().add(new OfferedTaskCommandChecker());
  }
}
