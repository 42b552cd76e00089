package org.partyaffairs.workforce.notification;

/** A group's name as people say it, for the escalation's text. */
final class GroupNames {

  private GroupNames() {
  }

  static String of(String group) {
    if (group.startsWith("town-org-")) {
      return "区镇组织部门（" + group.substring("town-org-".length()) + "）";
    }
    if (group.startsWith("group-leader-")) {
      return "包片工作组组长（" + group.substring("group-leader-".length()) + "）";
    }
    if (group.startsWith("sector-committee-")) {
      return "非公企业党委或社会组织党委（" + group.substring("sector-committee-".length()) + "）";
    }
    if (group.startsWith("town-committee-")) {
      return "区镇党（工）委（" + group.substring("town-committee-".length()) + "）";
    }
    return switch (group) {
      case "city-office" -> "市委\"两新\"工委办公室";
      case "city-committee" -> "市委\"两新\"工委";
      case "workers" -> "专职党务工作者本人";
      default -> group;
    };
  }
}
