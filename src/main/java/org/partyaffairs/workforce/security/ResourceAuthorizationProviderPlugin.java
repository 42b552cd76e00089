package org.partyaffairs.workforce.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Puts {@link TownTaskAuthorizationProvider} into the engine's configuration. */
@Component
class ResourceAuthorizationProviderPlugin extends AbstractProcessEnginePlugin {

  private final TownTaskAuthorizationProvider provider;

  ResourceAuthorizationProviderPlugin(TownTaskAuthorizationProvider provider) {
    this.provider = provider;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(provider);
  }
}
