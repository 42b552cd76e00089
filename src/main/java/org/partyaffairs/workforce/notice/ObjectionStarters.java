package org.partyaffairs.workforce.notice;

import java.util.List;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.security.StartableBy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ObjectionStarters {

  /** Anyone who can see a notice may object to it (004: 党员群众有异议的). */
  @Bean
  StartableBy objectionStartableBy() {
    return new StartableBy(ObjectionProcessVariables.PROCESS_KEY, List.of(Groups.WORKERS, Groups.CITY_OFFICE, Groups.CITY_COMMITTEE),
        List.of(StartableBy.TownRole.ORG, StartableBy.TownRole.COMMITTEE));
  }
}
