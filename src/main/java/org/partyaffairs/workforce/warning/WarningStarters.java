package org.partyaffairs.workforce.warning;

import java.util.List;
import org.partyaffairs.workforce.security.StartableBy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WarningStarters {

  /** The town org dept determines warning targets on grounds 1–2; ground 3 is the application's. */
  @Bean
  StartableBy warningStartableBy() {
    return new StartableBy(WarningProcessVariables.PROCESS_KEY, List.of(), List.of(StartableBy.TownRole.ORG));
  }
}
