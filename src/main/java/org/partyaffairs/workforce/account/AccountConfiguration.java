package org.partyaffairs.workforce.account;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The filter that ends a closed account's webapp sessions, on the webapps' APIs. */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

  /** Before the REST authentication (10) and the guards: a closed account's session goes nowhere. */
  private static final int ORDER = 9;

  @Bean
  FilterRegistrationBean<ClosedAccountFilter> closedAccountFilter(Accounts accounts) {
    var registration = new FilterRegistrationBean<>(new ClosedAccountFilter(accounts));
    registration.setName("workforce-closed-account");
    registration.addUrlPatterns("/camunda/api/*");
    registration.setOrder(ORDER);
    return registration;
  }
}
