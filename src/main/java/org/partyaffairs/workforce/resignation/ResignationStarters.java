package org.partyaffairs.workforce.resignation;

import java.util.List;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.security.StartableBy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ResignationStarters {

  /** The worker applies; the town org dept may register a written application it received. */
  @Bean
  StartableBy resignationStartableBy() {
    return new StartableBy(ResignationProcessVariables.PROCESS_KEY, List.of(Groups.WORKERS),
        List.of(StartableBy.TownRole.ORG));
  }
}
