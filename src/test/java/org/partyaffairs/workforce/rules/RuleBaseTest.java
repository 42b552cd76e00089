package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;

class RuleBaseTest {

  @Test
  void chineseRuleNamesAndFactsSurviveWhateverTheDefaultCharset() {
    KieBase rules = RuleBase.compile("rules-probe");
    List<String> fired = new ArrayList<>();
    StatelessKieSession session = rules.newStatelessKieSession();
    session.setGlobal("fired", fired);

    session.execute(List.of("书面", "口头"));

    assertThat(fired).containsExactly("000 第十六条: 辞职须以书面形式提出 𠮷 书面");
  }

  @Test
  void aRuleThatDoesNotCompileIsReportedWithItsFileAndLine() {
    assertThatThrownBy(() -> RuleBase.compile("rules-broken"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rules-broken/broken/bad.drl")
        .hasMessageContaining(":5:");
  }
}
