package org.partyaffairs.workforce.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.partyaffairs.workforce.WorkforceProperties;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * HTTP Basic against Camunda's users on the engine REST API (the starter leaves it open) and on the
 * product's own API. The filter sets the engine's authentication (user, groups, towns) for the
 * request, so Camunda's authorizations and tenant check apply to every call; only
 * {@code GET /engine-rest/engine}, which names the engines, stays open (the filter's own
 * allow-list). The webapps keep their own session login.
 */
@Configuration(proxyBeanMethods = false)
class RestAuthentication {

  private static final int AUTHENTICATION_ORDER = 10;

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("workforce-rest-authentication");
    registration.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setOrder(AUTHENTICATION_ORDER);
    return registration;
  }

  /** First of all: an expression in a task query never reaches the engine, logged in or not. */
  @Bean
  FilterRegistrationBean<TaskQueryExpressionGuard> taskQueryExpressionGuard(ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new TaskQueryExpressionGuard(json));
    registration.addUrlPatterns("/engine-rest/task", "/engine-rest/task/count", "/engine-rest/filter/*",
        "/camunda/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** After authentication, and before a finished task is answered as unknown: it says who finished it. */
  @Bean
  FilterRegistrationBean<FormSubmissionGuard> formSubmissionGuard(ObjectMapper json, ProcessEngine engine,
      AsSystem asSystem, WorkforceProperties properties) {
    var registration = new FilterRegistrationBean<>(new FormSubmissionGuard(json, engine.getIdentityService(),
        engine.getTaskService(), engine.getFormService(), engine.getHistoryService(), engine.getRepositoryService(),
        asSystem, engine.getName(), properties.zone()));
    registration.addUrlPatterns("/engine-rest/task/*", "/engine-rest/process-definition/*", "/camunda/api/engine/*");
    registration.setOrder(AUTHENTICATION_ORDER + 1);
    return registration;
  }

  /**
   * After the REST authentication, so that it sees what the caller sees; on the webapps' API it
   * takes the caller from the webapp session.
   */
  @Bean
  FilterRegistrationBean<InvisibleInstanceFilter> invisibleInstanceFilter(ProcessEngine engine) {
    var registration = new FilterRegistrationBean<>(new InvisibleInstanceFilter(engine));
    registration.addUrlPatterns("/engine-rest/task/*", "/engine-rest/process-instance/*", "/engine-rest/execution/*",
        "/camunda/api/engine/*");
    registration.setOrder(AUTHENTICATION_ORDER + 2);
    return registration;
  }
}
