package org.partyaffairs.workforce.exchange;

import java.util.List;
import org.partyaffairs.workforce.security.StartableBy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExchangeStarters {

  /** The town committee proposes an exchange of one of its workers (000 第十二条: 各区镇…交流使用). */
  @Bean
  StartableBy exchangeStartableBy() {
    return new StartableBy(ExchangeProcessVariables.PROCESS_KEY, List.of(), List.of(StartableBy.TownRole.COMMITTEE));
  }
}
