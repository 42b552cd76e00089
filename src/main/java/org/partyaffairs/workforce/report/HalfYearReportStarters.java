package org.partyaffairs.workforce.report;

import java.util.List;
import org.partyaffairs.workforce.security.StartableBy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HalfYearReportStarters {

  /** 001 第十五条: the town's organisation department (区县委组织部) reports; it starts the report. */
  @Bean
  StartableBy halfYearReportStartableBy() {
    return new StartableBy(HalfYearReportProcessVariables.PROCESS_KEY, List.of(), List.of(StartableBy.TownRole.ORG));
  }
}
