package org.partyaffairs.workforce.dismissal;

import java.util.List;
import org.partyaffairs.workforce.security.StartableBy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DismissalStarters {

  /** The town org dept proposes dismissals (DOMAIN.md); the application starts them for grounds on the record. */
  @Bean
  StartableBy dismissalStartableBy() {
    return new StartableBy(DismissalProcessVariables.PROCESS_KEY, List.of(), List.of(StartableBy.TownRole.ORG));
  }
}
