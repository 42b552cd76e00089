package org.partyaffairs.workforce.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Town isolation: every process instance belongs to one town, as a Camunda tenant. Definitions are
 * deployed once without a tenant (shared by all towns) and each new instance gets its town here;
 * with the tenant check on, the engine then shows an instance and its tasks only to members of that
 * town's tenant (the town's groups and workers) and to the city groups, members of every tenant.
 * Tenants were chosen over per-instance authorizations because the engine applies them to every
 * query, history included, without one authorization row per task.
 *
 * <p>The town comes from the process's subject (a worker, a notice: see {@link TownOfSubject}),
 * else the {@value #TOWN} variable (a town code), else the starter's only town. A starter may only
 * start work in a town they belong to. Called activities inherit the caller's town. A
 * {@link CityWide} process has no town (town groups are not authorized to read it, see
 * {@link IdentitySetup}), and what it calls gets the town of its own subject.
 */
@Component
class TownTenantIdProvider implements TenantIdProvider {

  static final String TOWN = "townCode";

  private final List<TownOfSubject> subjects;
  private final Set<String> cityWide;
  private final OrganisationUnitRepository units;
  private final CurrentActor currentActor;

  TownTenantIdProvider(List<TownOfSubject> subjects, List<CityWide> cityWide, OrganisationUnitRepository units,
      CurrentActor currentActor) {
    this.subjects = subjects;
    this.cityWide = cityWide.stream().map(CityWide::processKey).collect(Collectors.toSet());
    this.units = units;
    this.currentActor = currentActor;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    // The engine gives a called instance its caller's town itself; it asks here when the caller has none.
    if (context.getSuperExecution() != null && context.getSuperExecution().getTenantId() != null) {
      return context.getSuperExecution().getTenantId();
    }
    if (cityWide.contains(context.getProcessDefinition().getKey())) {
      return null;
    }
    Actor actor = currentActor.get();
    String town = townOf(context.getVariables(), actor);
    if (!actor.canActFor(town)) {
      String name = town == null ? "未知区镇" : units.findById(town).map(unit -> unit.getName()).orElse(town);
      throw new InvalidRequestException("您无权在其他区镇（" + name + "）发起流程");
    }
    return town;
  }

  private String townOf(Map<String, Object> variables, Actor actor) {
    for (TownOfSubject subject : subjects) {
      Optional<String> town = subject.townOf(variables);
      if (town.isPresent()) {
        return town.get();
      }
    }
    Object town = variables.get(TOWN);
    if (town != null) {
      return units.findById(town.toString()).filter(unit -> unit.isTown())
          .orElseThrow(() -> new NotFoundException("区镇 " + town + " 不存在"))
          .getCode();
    }
    if (actor.towns().size() == 1) {
      return actor.towns().iterator().next();
    }
    throw new InvalidRequestException("无法确定流程所属区镇：请指定工作者、公示或区镇（" + TOWN + "）");
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
    return context.getExecution() == null ? null : context.getExecution().getTenantId();
  }
}
