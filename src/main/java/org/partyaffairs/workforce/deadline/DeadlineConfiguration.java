package org.partyaffairs.workforce.deadline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

  /** Read once at start-up; a malformed line stops the start naming it. */
  @Bean
  ServiceLevels serviceLevels() {
    return ServiceLevels.load(ServiceLevels.FILE);
  }
}
