package org.partyaffairs.workforce.assessment;

import java.util.List;
import org.partyaffairs.workforce.security.CityWide;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.security.StartableBy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AssessmentStarters {

  /** 000 第九条: 市委"两新"工委办公室…进行年度考核. */
  @Bean
  StartableBy campaignStartableBy() {
    return new StartableBy(CampaignProcessVariables.PROCESS_KEY, List.of(Groups.CITY_OFFICE), List.of());
  }

  /** The campaign covers every town; each worker's assessment belongs to the worker's town. */
  @Bean
  CityWide campaignIsCityWide() {
    return new CityWide(CampaignProcessVariables.PROCESS_KEY);
  }

  /** A batch is the campaign's, over whichever towns its workers are in. */
  @Bean
  CityWide assessmentBatchIsCityWide() {
    return new CityWide(BatchProcessVariables.PROCESS_KEY);
  }
}
