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
  private static final String GROUP_LEADER = "group-leader-";
  private static final String SECTOR_COMMITTEE = "sector-committee-";

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

  /** 包片工作组组长 of a town (001 第十八条(四)): approves leave of up to 3 days. */
  public static String groupLeader(String town) {
    return GROUP_LEADER + town;
  }

  /** 非公企业党委 / 社会组织党委 of a town (001 第十八条(四)): approves leave of 3 to 10 days. */
  public static String sectorCommittee(String town) {
    return SECTOR_COMMITTEE + town;
  }

  /**
   * A town's 包片工作组组长 or sector Party committee: they approve leave (001 第十八条(四)) and see
   * only the tasks offered to them, not the town's other work; not a {@linkplain #isTownGroup town group}.
   */
  public static boolean isLeaveApproverGroup(String groupId) {
    return groupId.startsWith(GROUP_LEADER) || groupId.startsWith(SECTOR_COMMITTEE);
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
