package org.partyaffairs.workforce.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The actuator behind the same three filters as the APIs, in the same order: a non-canonical path
 * refused first, then a locked login refused, then {@link ManagementAccess} (administrators only,
 * but health and info open). docs/operations.md, "Metrics".
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

  private static final String ACTUATOR = "/actuator/*";

  @Bean
  FilterRegistrationBean<CanonicalPathFilter> actuatorCanonicalPath() {
    var registration = new FilterRegistrationBean<>(new CanonicalPathFilter());
    registration.setName("workforce-actuator-canonical-path");
    registration.addUrlPatterns(ACTUATOR);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<LoginLockFilter> actuatorLoginLock(LoginLocks locks, ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new LoginLockFilter(locks, json));
    registration.setName("workforce-actuator-login-lock");
    registration.addUrlPatterns(ACTUATOR);
    registration.setOrder(LoginLockConfiguration.ORDER);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ManagementAccess> actuatorAccess(ProcessEngine engine) {
    var registration = new FilterRegistrationBean<>(new ManagementAccess(engine.getIdentityService()));
    registration.setName("workforce-actuator-access");
    registration.addUrlPatterns(ACTUATOR);
    registration.setOrder(LoginLockConfiguration.ORDER + 1);
    return registration;
  }
}
