package org.partyaffairs.workforce.absence;

import java.util.List;
import org.partyaffairs.workforce.security.StartableBy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AbsenceStarters {

  /** The town org dept keeps the absence records of its workers (000 第十三条 3). */
  @Bean
  StartableBy absenceStartableBy() {
    return new StartableBy(AbsenceProcessVariables.PROCESS_KEY, List.of(), List.of(StartableBy.TownRole.ORG));
  }
}
