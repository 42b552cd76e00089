package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** leave-approval-tier: 001 第十八条(四). */
class LeaveApprovalTierTest {

  @ParameterizedTest(name = "001 第十八条(四): {0} 天由 {1} 批准")
  @CsvSource({"1, group-leader", "3, group-leader", "4, sector-committee", "10, sector-committee",
      "11, town-org", "30, town-org", "31, city-committee", "365, city-committee"})
  void theLengthOfTheLeaveDecidesWhoApproves(int days, String approver) {
    DecisionResult result = Decisions.decide("leave-approval-tier", "{\"days\":" + days + "}");

    assertThat(result.get("approverGroup")).isEqualTo(approver);
    assertThat(result.explanation()).extracting(Explanation::article).containsExactly("001 第十八条(四)");
  }

  @Test
  void aLeaveOfNoDaysIsRefused() {
    assertThatThrownBy(() -> Decisions.decide("leave-approval-tier", "{\"days\":0}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("days:");
    assertThatThrownBy(() -> Decisions.decide("leave-approval-tier", "{\"days\":\"many\"}"))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("days:");
  }
}
