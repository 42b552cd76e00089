package org.partyaffairs.workforce.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
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
 * allow-list). The webapps keep their own session login; the product API also takes it for the
 * few reads of {@link SessionReads} ({@link ProductApiAuthentication}).
 */
@Configuration(proxyBeanMethods = false)
class RestAuthentication {

  private static final int AUTHENTICATION_ORDER = 10;
  /** The engine REST API under both of its paths, the webapps' engine API and their plugin APIs. */
  private static final String[] ENGINE_APIS = {"/engine-rest/*", "/camunda/api/*"};

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("workforce-rest-authentication");
    registration.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(AUTHENTICATION_ORDER);
    return registration;
  }

  /**
   * The product API: HTTP Basic as above, or the Tasklist session for the listed reads of the
   * product's pages and forms ({@link SessionReads}); never on the engine REST API.
   */
  @Bean
  FilterRegistrationBean<ProductApiAuthentication> productApiAuthenticationFilter(ProcessEngine engine) {
    var registration = new FilterRegistrationBean<>(new ProductApiAuthentication(engine));
    registration.setName("workforce-product-api-authentication");
    registration.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName()));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(AUTHENTICATION_ORDER);
    return registration;
  }

  /** First of all: a path the guards and the engine's router could read differently is refused. */
  @Bean
  FilterRegistrationBean<CanonicalPathFilter> canonicalPathFilter() {
    var registration = new FilterRegistrationBean<>(new CanonicalPathFilter());
    registration.addUrlPatterns(ENGINE_APIS);
    registration.addUrlPatterns("/api/*");
    // The one open path of the product (account.ActivationController) is held to canonical paths too.
    registration.addUrlPatterns("/account/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /**
   * The guards, each on the whole of the engine's APIs and matching on the request's
   * {@link EngineRequest} view, after the REST authentication so that they know the caller (on the
   * webapps' APIs they take the caller from the webapp session): administrators' routes first,
   * then expressions in queries, then form submissions, then what the caller cannot see.
   */
  @Bean
  FilterRegistrationBean<AdministratorRoutes> administratorRoutes(ProcessEngine engine) {
    return guard(new AdministratorRoutes(engine.getIdentityService(), engine.getName()), 1);
  }

  @Bean
  FilterRegistrationBean<QueryExpressionGuard> queryExpressionGuard(ObjectMapper json, ProcessEngine engine) {
    return guard(new QueryExpressionGuard(json, engine.getIdentityService(), engine.getName()), 2);
  }

  /** Before a finished task is answered as unknown: it says who finished it. */
  @Bean
  FilterRegistrationBean<FormSubmissionGuard> formSubmissionGuard(ObjectMapper json, ProcessEngine engine,
      AsSystem asSystem, WorkforceProperties properties, Clock clock) {
    return guard(new FormSubmissionGuard(json, engine.getIdentityService(), engine.getTaskService(),
        engine.getFormService(), engine.getHistoryService(), engine.getRepositoryService(), asSystem, engine.getName(),
        properties.zone(), clock), 3);
  }

  @Bean
  FilterRegistrationBean<InvisibleInstanceFilter> invisibleInstanceFilter(ProcessEngine engine) {
    return guard(new InvisibleInstanceFilter(engine), 4);
  }

  @Bean
  FilterRegistrationBean<GiveBackClaimedTask> giveBackClaimedTask(ProcessEngine engine) {
    return guard(new GiveBackClaimedTask(engine), 5);
  }

  /** Start forms served with the caller's choices (the workers of their towns …) in their selects. */
  @Bean
  FilterRegistrationBean<StartFormChoicesFilter> startFormChoicesFilter(ObjectMapper json, ProcessEngine engine,
      List<StartFormChoices> choices) {
    return guard(new StartFormChoicesFilter(json, engine.getIdentityService(), engine.getName(), choices), 6);
  }

  private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> guard(F filter, int place) {
    var registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns(ENGINE_APIS);
    registration.setOrder(AUTHENTICATION_ORDER + place);
    return registration;
  }
}
