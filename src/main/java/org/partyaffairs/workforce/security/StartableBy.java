package org.partyaffairs.workforce.security;

import java.util.List;

/**
 * Who may start a process in Tasklist: city-wide groups by id, and town roles in every town. Each
 * process package declares one as a bean; {@link IdentitySetup} turns them into authorizations.
 */
public record StartableBy(String processKey, List<String> groups, List<TownRole> townRoles) {

  public enum TownRole {
    COMMITTEE, ORG;

    String group(String town) {
      return this == COMMITTEE ? Groups.townCommittee(town) : Groups.townOrg(town);
    }
  }
}
