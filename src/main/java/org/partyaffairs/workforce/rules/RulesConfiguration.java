package org.partyaffairs.workforce.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import io.micrometer.core.instrument.MeterRegistry;
import org.kie.api.KieBase;
import org.springframework.beans.factory.ObjectProvider;
import org.partyaffairs.workforce.WorkforceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

  /** All decisions, compiled once at start-up from the top-level {@code rules/} folder. */
  @Bean
  KieBase rules() {
    return RuleBase.compile(RuleBase.FOLDER);
  }

  /** Holidays and make-up working days, one file per year in {@code rules/calendar/}. */
  @Bean
  WorkdayCalendar workdayCalendar() {
    return WorkdayCalendar.load(RuleBase.FOLDER + "/calendar");
  }

  /** Named apart from Camunda's own (DMN) {@code decisionService} bean. */
  @Bean
  DecisionService decisions(KieBase rules, WorkdayCalendar calendar, Validator validator, ObjectMapper json,
      WorkforceProperties properties, ObjectProvider<MeterRegistry> meters) {
    return new DecisionService(rules, calendar, validator, json, properties.assessment().policy(),
        meters.getIfAvailable());
  }
}
