package org.partyaffairs.workforce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who an overdue task is escalated to (docs/capabilities/notifications.md), the leave approvers included. */
class SupervisorsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "group-leader-kfq, town-org-kfq", // 001 第十八条(四): a town's leave approvers, under its organisation department
      "sector-committee-huaqiao, town-org-huaqiao",
      "town-org-kfq, town-committee-kfq",
      "town-committee-kfq, city-office",
      "city-office, city-committee"})
  void anOverdueTaskGoesToTheGroupAbove(String group, String supervisor) {
    assertThat(Supervisors.of(group)).contains(supervisor);
    assertThat(GroupNames.of(group)).doesNotStartWith(group.substring(0, 3));
  }

  @ParameterizedTest
  @CsvSource({"city-committee", "workers"})
  void theTopAndTheWorkersHaveNoGroupAbove(String group) {
    assertThat(Supervisors.of(group)).isEmpty();
  }
}
