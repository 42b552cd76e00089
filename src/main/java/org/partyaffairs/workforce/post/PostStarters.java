package org.partyaffairs.workforce.post;

import java.util.List;
import org.partyaffairs.workforce.security.StartableBy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PostStarters {

  /** The town committee applies in writing (000 第三条). */
  @Bean
  StartableBy postEstablishmentStartableBy() {
    return new StartableBy(PostEstablishmentProcessVariables.PROCESS_KEY, List.of(),
        List.of(StartableBy.TownRole.COMMITTEE));
  }
}
