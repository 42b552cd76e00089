package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

  @Test
  void aUserNamedSystemIsNotTheSystem() {
    Actor impostor = Actor.user("system", Set.of(), Set.of());

    assertThat(impostor.isSystem()).isFalse();
    assertThat(impostor.canActFor("kfq")).isFalse();
  }

  @Test
  void theSystemActsForEveryTownAndAUserOnlyForTheirOwn() {
    Actor kfqOrg = Actor.user("kfq-org", Set.of(Groups.townOrg("kfq")), Set.of("kfq"));

    assertThat(Actor.system().canActFor("huaqiao")).isTrue();
    assertThat(kfqOrg.canActFor("kfq")).isTrue();
    assertThat(kfqOrg.canActFor("huaqiao")).isFalse();
  }
}
