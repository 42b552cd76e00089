package org.partyaffairs.workforce.certification;

import org.partyaffairs.workforce.security.CityWide;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CertificationStarters {

  /** The year's 红领津贴 list is the city's: no town owns it (002 专属待遇保障). */
  @Bean
  CityWide allowanceIsCityWide() {
    return new CityWide(AllowanceProcessVariables.PROCESS_KEY);
  }
}
