package org.partyaffairs.workforce.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.organisation.OrganisationUnit;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.persistence.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings Camunda's identity in line with DOMAIN.md at every start, creating only what is missing:
 * the role groups (town groups per town), a tenant per town with its memberships, the
 * administrator, and the authorizations of each role. Approvers and workers get Tasklist; only
 * {@value Groups#ADMINS} gets Cockpit and Admin. Runs first of the {@link StartupStep}s, one node
 * at a time.
 */
@Component
@Order(0)
public class IdentitySetup implements StartupStep {

  private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);
  private static final String ANY = Authorization.ANY;

  private final IdentityService identity;
  private final RepositoryService repository;
  private final Set<String> cityWide;
  private final Grants grants;
  private final OrganisationUnitRepository units;
  private final WorkforceProperties properties;
  private final List<StartableBy> startables;
  private final TasklistFilters filters;
  private final Passwords passwords;

  IdentitySetup(IdentityService identity, RepositoryService repository, Grants grants,
      OrganisationUnitRepository units, WorkforceProperties properties, List<StartableBy> startables,
      List<CityWide> cityWide, TasklistFilters filters, Passwords passwords) {
    this.passwords = passwords;
    this.identity = identity;
    this.repository = repository;
    this.cityWide = cityWide.stream().map(CityWide::processKey).collect(Collectors.toSet());
    this.grants = grants;
    this.units = units;
    this.properties = properties;
    this.startables = startables;
    this.filters = filters;
  }

  @Override
  public void setUp() {
    List<OrganisationUnit> towns = units.towns();
    group(Groups.ADMINS, "系统管理员", "SYSTEM");
    group(Groups.CITY_COMMITTEE, "市委\"两新\"工委", "WORKFLOW");
    group(Groups.CITY_OFFICE, "市委\"两新\"工委办公室", "WORKFLOW");
    group(Groups.WORKERS, "专职党务工作者", "WORKFLOW");
    for (OrganisationUnit town : towns) {
      group(Groups.townCommittee(town.getCode()), town.getName() + "党（工）委", "WORKFLOW");
      group(Groups.townOrg(town.getCode()), town.getName() + "组织部门", "WORKFLOW");
      group(Groups.groupLeader(town.getCode()), town.getName() + "包片工作组组长", "WORKFLOW");
      group(Groups.sectorCommittee(town.getCode()), town.getName() + "非公企业党委、社会组织党委", "WORKFLOW");
      tenant(town, Groups.townCommittee(town.getCode()), Groups.townOrg(town.getCode()),
          Groups.groupLeader(town.getCode()), Groups.sectorCommittee(town.getCode()),
          Groups.CITY_COMMITTEE, Groups.CITY_OFFICE, Groups.ADMINS);
    }
    administrator();
    for (Resources resource : Resources.values()) {
      grants.grant(Groups.ADMINS, resource, ANY, Permissions.ALL);
    }
    // City groups read every instance. Town groups read the instances of the town processes only
    // (not the city-wide ones, which have no tenant) and the tenant check narrows those to their towns.
    // Tasks alike (READ_TASK): a town's organisation department and its committee each read all of
    // their town's tasks, the city groups every task. Working on them (TASK_WORK: claim, complete) is
    // granted in the same place, with no row per task (TownTaskAuthorizationProvider writes none), and
    // OfferedTaskCommandChecker narrows it to the group a task is offered to. The city's is on every
    // definition, as its reading: a candidate group set by an expression (${noticeOwnerGroup},
    // ${organiserGroup}) may name a city group in a town process.
    List<String> townProcesses = repository.createProcessDefinitionQuery().latestVersion().list().stream()
        .map(ProcessDefinition::getKey).filter(key -> !cityWide.contains(key)).distinct().toList();
    for (String group : approverGroups(towns)) {
      // The history of what they may read, too: a task's History tab in Tasklist, the trail of an
      // instance. The tenant check narrows a town group's to its towns; workers get none.
      if (group.equals(Groups.CITY_COMMITTEE) || group.equals(Groups.CITY_OFFICE)) {
        grants.grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grants.grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
            ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK);
        continue;
      }
      grants.withdraw(group, Resources.PROCESS_INSTANCE, ANY);
      for (String key : townProcesses) {
        grants.grant(group, Resources.PROCESS_DEFINITION, key, Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK);
      }
    }
    List<String> tasklistUsers = new ArrayList<>(approverGroups(towns));
    tasklistUsers.add(Groups.WORKERS);
    // The leave approvers of a town (001 第十八条(四)) read and work only the tasks offered to them,
    // through the rows Camunda writes for a candidate group (TownTaskAuthorizationProvider leaves
    // them): no grant on any definition's instances, tasks or history.
    towns.forEach(town -> tasklistUsers.addAll(leaveApproverGroups(town)));
    for (String group : tasklistUsers) {
      grants.grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // Definitions are not secret: Tasklist shows the diagram of every task.
      grants.grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    }
    for (StartableBy startable : startables) {
      for (String group : startersOf(startable, towns)) {
        grants.grant(group, Resources.PROCESS_DEFINITION, startable.processKey(), Permissions.READ, Permissions.CREATE_INSTANCE);
        grants.grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
      }
    }
    filters.ensure(towns);
    log.info("Identity ready: {} towns, {} process start rules", towns.size(), startables.size());
  }

  private static List<String> approverGroups(List<OrganisationUnit> towns) {
    List<String> groups = new ArrayList<>(List.of(Groups.CITY_COMMITTEE, Groups.CITY_OFFICE));
    for (OrganisationUnit town : towns) {
      groups.add(Groups.townCommittee(town.getCode()));
      groups.add(Groups.townOrg(town.getCode()));
    }
    return groups;
  }

  private static List<String> leaveApproverGroups(OrganisationUnit town) {
    return List.of(Groups.groupLeader(town.getCode()), Groups.sectorCommittee(town.getCode()));
  }

  private static List<String> startersOf(StartableBy startable, List<OrganisationUnit> towns) {
    List<String> groups = new ArrayList<>(startable.groups());
    for (StartableBy.TownRole role : startable.townRoles()) {
      towns.forEach(town -> groups.add(role.group(town.getCode())));
    }
    return groups;
  }

  private void group(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  private void tenant(OrganisationUnit unit, String... memberGroups) {
    if (identity.createTenantQuery().tenantId(unit.getCode()).count() == 0) {
      identity.saveTenant(identity.newTenant(unit.getCode()));
    }
    var tenant = identity.createTenantQuery().tenantId(unit.getCode()).singleResult();
    if (!unit.getName().equals(tenant.getName())) {
      tenant.setName(unit.getName());
      identity.saveTenant(tenant);
    }
    for (String group : memberGroups) {
      if (identity.createGroupQuery().groupId(group).memberOfTenant(unit.getCode()).count() == 0) {
        identity.createTenantGroupMembership(unit.getCode(), group);
      }
    }
  }

  /**
   * The {@value Groups#ADMINS} group always has a direct member: the user named by ADMIN_USER, whose
   * ADMIN_PASSWORD must meet the password policy (the demo's documented one excepted).
   */
  private void administrator() {
    WorkforceProperties.Admin admin = properties.admin();
    if (identity.createUserQuery().userId(admin.user()).count() == 0) {
      User user = identity.newUser(admin.user());
      user.setFirstName("管理员");
      user.setLastName("系统管理员");
      if (properties.demo() == null) {
        passwords.save(user, admin.password(), "ADMIN_PASSWORD");
      } else {
        user.setPassword(admin.password());
        passwords.saveDemoAccount(user);
      }
      log.info("Created administrator {}", admin.user());
    }
    if (identity.createUserQuery().userId(admin.user()).memberOfGroup(Groups.ADMINS).count() == 0) {
      identity.createMembership(admin.user(), Groups.ADMINS);
    }
    // The engine's own administrators' group, where it is not ours: Operaton's webapps send every page
    // to the Admin's first-run setup while operaton-admin has no member (docs/operaton.md). On Camunda
    // it is camunda-admin itself and nothing happens.
    if (!ENGINE_ADMINS.equals(Groups.ADMINS)) {
      group(ENGINE_ADMINS, "系统管理员（引擎）", "SYSTEM");
      if (identity.createUserQuery().userId(admin.user()).memberOfGroup(ENGINE_ADMINS).count() == 0) {
        identity.createMembership(admin.user(), ENGINE_ADMINS);
      }
    }
  }

  /** camunda-admin on Camunda, operaton-admin on Operaton. */
  private static final String ENGINE_ADMINS = org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN;
}
