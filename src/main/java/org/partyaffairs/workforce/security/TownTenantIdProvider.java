package org.partyaffairs.workforce.security;

import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.web.InvalidRequestException;
import org.partyaffairs.workforce.web.NotFoundException;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.stereotype.Component;

/**
 * Town isolation: every process instance belongs to one town, as a Camunda tenant. Definitions are
 * deployed once without a tenant (shared by all towns) and each new instance gets its town here;
 * with the tenant check on, the engine then shows an instance and its tasks only to members of that
 * town's tenant (the town's groups and workers) and to the city groups, members of every tenant.
 * Tenants were chosen over per-instance authorizations because the engine applies them to every
 * query, history included, without one authorization row per task.
 *
 * <p>The town comes from the process's subject: the {@value #WORKER_ID} variable (that worker's
 * town), else {@value #TOWN} (a town code), else the starter's only town. A starter may only start
 * work in a town they belong to. Called activities inherit the caller's town.
 */
@Component
class TownTenantIdProvider implements TenantIdProvider {

  static final String WORKER_ID = "workerId";
  static final String TOWN = "townCode";

  private final WorkerRepository workers;
  private final OrganisationUnitRepository units;
  private final CurrentActor currentActor;

  TownTenantIdProvider(WorkerRepository workers, OrganisationUnitRepository units, CurrentActor currentActor) {
    this.workers = workers;
    this.units = units;
    this.currentActor = currentActor;
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    if (context.getSuperExecution() != null) {
      return context.getSuperExecution().getTenantId();
    }
    Actor actor = currentActor.get();
    String town = townOf(context.getVariables(), actor);
    if (!actor.canActFor(town)) {
      throw new InvalidRequestException("您无权在其他区镇（" + town + "）发起流程");
    }
    return town;
  }

  private String townOf(Map<String, Object> variables, Actor actor) {
    Long workerId = FormValues.optionalId("工作者编号", variables.get(WORKER_ID));
    if (workerId != null) {
      return workers.findById(workerId)
          .orElseThrow(() -> new NotFoundException("工作者 " + workerId + " 不存在"))
          .getTownCode();
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
    throw new InvalidRequestException("无法确定流程所属区镇：请指定 " + WORKER_ID + " 或 " + TOWN);
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
