package org.partyaffairs.workforce;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  /** Dates such as a last working day are judged on the calendar of the regulations (Beijing time). */
  @Bean
  Clock clock(WorkforceProperties properties) {
    return Clock.system(properties.zone());
  }
}
