package org.partyaffairs.workforce.rules;

import org.kie.api.KieBase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

  /** All decisions, compiled once at start-up from the top-level {@code rules/} folder. */
  @Bean
  KieBase rules() {
    return RuleBase.compile("rules");
  }
}
