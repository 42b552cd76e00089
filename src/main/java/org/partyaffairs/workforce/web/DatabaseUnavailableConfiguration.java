package org.partyaffairs.workforce.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** {@link DatabaseUnavailable} around every request, outside the filters that read the database. */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableConfiguration {

  @Bean
  FilterRegistrationBean<DatabaseUnavailable> databaseUnavailableFilter() {
    var registration = new FilterRegistrationBean<>(new DatabaseUnavailable());
    registration.setName("workforce-database-unavailable");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
