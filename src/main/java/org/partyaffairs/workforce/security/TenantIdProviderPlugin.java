package org.partyaffairs.workforce.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Puts {@link TownTenantIdProvider} into the engine's configuration. */
@Component
class TenantIdProviderPlugin extends AbstractProcessEnginePlugin {

  private final TownTenantIdProvider provider;

  TenantIdProviderPlugin(TownTenantIdProvider provider) {
    this.provider = provider;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(provider);
  }
}
