package org.partyaffairs.workforce.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * {@link Groups#ADMINS} ({@code camunda-admin}) is the engine's administrators' group on both builds.
 * Camunda counts it among its admin groups by itself; Operaton counts {@code operaton-admin} instead,
 * so a database carried over from Camunda 7.24 (docs/operaton.md) would leave its administrators
 * without Cockpit, Admin and the engine's admin-only commands. The group stays what it is in the
 * database; the engine is told. A no-op on Camunda.
 */
@Component
class AdminGroupPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<String> groups = configuration.getAdminGroups() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getAdminGroups());
    if (!groups.contains(Groups.ADMINS)) {
      groups.add(Groups.ADMINS);
    }
    configuration.setAdminGroups(groups);
  }
}
