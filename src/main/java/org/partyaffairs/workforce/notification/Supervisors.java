package org.partyaffairs.workforce.notification;

import java.util.Optional;
import org.partyaffairs.workforce.security.Groups;

/**
 * Who supervises whom, the one table escalation reads (docs/capabilities/notifications.md): an
 * overdue task goes to the group above the group it is offered to.
 *
 * <table>
 *   <tr><th>offered to</th><th>escalated to</th></tr>
 *   <tr><td>区镇组织部门 {@code town-org-<town>}</td><td>区镇党（工）委 {@code town-committee-<town>}</td></tr>
 *   <tr><td>包片工作组组长 {@code group-leader-<town>}, 非公企业党委或社会组织党委 {@code sector-committee-<town>}
 *       (leave approval, 001 第十八条(四))</td><td>区镇组织部门 {@code town-org-<town>}</td></tr>
 *   <tr><td>区镇党（工）委 {@code town-committee-<town>}</td><td>市委"两新"工委办公室 {@code city-office}</td></tr>
 *   <tr><td>a worker themself (assigned, no group)</td><td>their 区镇组织部门 {@code town-org-<town>}</td></tr>
 *   <tr><td>市委"两新"工委办公室 {@code city-office}</td><td>市委"两新"工委 {@code city-committee}</td></tr>
 *   <tr><td>市委"两新"工委 {@code city-committee}</td><td>nobody: the top</td></tr>
 * </table>
 */
final class Supervisors {

  private Supervisors() {
  }

  /** The group that supervises the group a task is offered to. */
  static Optional<String> of(String group) {
    for (String prefix : new String[] {Groups.groupLeader(""), Groups.sectorCommittee("")}) {
      if (group.startsWith(prefix)) {
        return Optional.of(Groups.townOrg(group.substring(prefix.length())));
      }
    }
    if (Groups.isTownGroup(group) && group.startsWith(Groups.townOrg(""))) {
      return Optional.of(Groups.townCommittee(group.substring(Groups.townOrg("").length())));
    }
    if (Groups.isTownGroup(group)) {
      return Optional.of(Groups.CITY_OFFICE);
    }
    if (Groups.CITY_OFFICE.equals(group)) {
      return Optional.of(Groups.CITY_COMMITTEE);
    }
    return Optional.empty();
  }

  /** A task with no candidate group (a worker's own task) is supervised by their town's organisation department. */
  static Optional<String> ofPersonIn(String town) {
    return town == null ? Optional.empty() : Optional.of(Groups.townOrg(town));
  }
}
