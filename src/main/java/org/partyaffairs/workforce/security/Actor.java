package org.partyaffairs.workforce.security;

import java.util.Set;

/**
 * Who is acting, as the engine authenticated them: a user with their groups and towns (Camunda
 * tenants), or the system itself (the job executor, start-up), which acts for every town.
 */
public record Actor(String userId, Set<String> groups, Set<String> towns) {

  private static final String SYSTEM_ID = "system";

  public static Actor system() {
    return new Actor(SYSTEM_ID, Set.of(), Set.of());
  }

  public boolean isSystem() {
    return SYSTEM_ID.equals(userId) && groups.isEmpty();
  }

  public boolean isMemberOf(String group) {
    return groups.contains(group);
  }

  public boolean canActFor(String town) {
    return isSystem() || towns.contains(town);
  }
}
