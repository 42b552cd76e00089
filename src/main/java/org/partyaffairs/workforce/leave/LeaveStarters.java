package org.partyaffairs.workforce.leave;

import java.util.List;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.security.StartableBy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LeaveStarters {

  /** The worker asks for leave (001 第十八条(四)); the town org dept may apply for a worker of its town. */
  @Bean
  StartableBy leaveStartableBy() {
    return new StartableBy(LeaveRequestProcessVariables.PROCESS_KEY, List.of(Groups.WORKERS),
        List.of(StartableBy.TownRole.ORG));
  }
}
