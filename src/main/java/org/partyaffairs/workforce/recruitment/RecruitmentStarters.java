package org.partyaffairs.workforce.recruitment;

import java.util.List;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.security.StartableBy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RecruitmentStarters {

  /** The city office organises recruitment; a town may, for a vacancy, with the city's consent (000 第五条). */
  @Bean
  StartableBy recruitmentStartableBy() {
    return new StartableBy(RecruitmentProcessVariables.PROCESS_KEY, List.of(Groups.CITY_OFFICE),
        List.of(StartableBy.TownRole.ORG, StartableBy.TownRole.COMMITTEE));
  }
}
