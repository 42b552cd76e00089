package org.partyaffairs.workforce.security;

/** The Camunda group ids of DOMAIN.md §Who uses it. Town groups carry the town's code. */
public final class Groups {

  /** 市委"两新"工委: approves posts and dismissals, receives filings. */
  public static final String CITY_COMMITTEE = "city-committee";
  /** 市委"两新"工委办公室: recruitment, assessment, public notices, resignation filings. */
  public static final String CITY_OFFICE = "city-office";
  /** 专职党务工作者 / 党建专干. */
  public static final String WORKERS = "workers";
  /** System administrators: Cockpit and Admin. */
  public static final String ADMINS = "camunda-admin";

  private static final String TOWN_COMMITTEE = "town-committee-";
  private static final String TOWN_ORG = "town-org-";

  private Groups() {
  }

  /** 区镇党（工）委 of a town. */
  public static String townCommittee(String town) {
    return TOWN_COMMITTEE + town;
  }

  /** 区镇组织部门 of a town. */
  public static String townOrg(String town) {
    return TOWN_ORG + town;
  }

  /** A town's committee or organisation department, of any town. */
  public static boolean isTownGroup(String groupId) {
    return groupId.startsWith(TOWN_COMMITTEE) || groupId.startsWith(TOWN_ORG);
  }

  /** {@value #CITY_COMMITTEE} or {@value #CITY_OFFICE}. */
  public static boolean isCityGroup(String groupId) {
    return CITY_COMMITTEE.equals(groupId) || CITY_OFFICE.equals(groupId);
  }
}
