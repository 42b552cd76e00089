package org.partyaffairs.workforce.security;

import java.util.Set;

/**
 * Who is acting, as the engine authenticated them: a user with their groups and towns (Camunda
 * tenants), or the application itself (the job executor, start-up), which acts for every town. The
 * system is a flag, not a user id, so that no user can pass for it by name.
 */
public record Actor(String userId, Set<String> groups, Set<String> towns, boolean isSystem) {

  private static final Actor SYSTEM = new Actor("system", Set.of(), Set.of(), true);

  public static Actor user(String userId, Set<String> groups, Set<String> towns) {
    return new Actor(userId, Set.copyOf(groups), Set.copyOf(towns), false);
  }

  public static Actor system() {
    return SYSTEM;
  }

  public boolean isMemberOf(String group) {
    return groups.contains(group);
  }

  public boolean canActFor(String town) {
    return isSystem || towns.contains(town);
  }
}
