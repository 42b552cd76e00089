package org.partyaffairs.workforce.web;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.partyaffairs.workforce.WorkforceProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@link EngineRefusals} on both Jersey applications that serve the engine: the engine REST API
 * ({@code /engine-rest}, the starter's resource config) and the webapps' engine API
 * ({@code /camunda/api/engine}), which the webapp starter registers as a servlet named
 * {@value #WEBAPP_ENGINE_API} unless one of that name exists: ours is registered first, with the
 * same application and our providers added.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestAnswers {

  /** The name the webapp starter gives the webapps' engine API servlet, and skips if taken. */
  static final String WEBAPP_ENGINE_API = "Engine Api";

  @Bean
  ResourceConfigCustomizer engineRestRefusals(WorkforceProperties properties) {
    return config -> EngineRefusals.providers(properties.zone()).forEach(config::register);
  }

  @Bean
  ServletRegistrationBean<ServletContainer> webappEngineApi(CamundaBpmProperties camunda,
      WorkforceProperties properties) {
    ResourceConfig application = ResourceConfig.forApplication(new EngineRestApplication());
    EngineRefusals.providers(properties.zone()).forEach(application::register);
    var registration = new ServletRegistrationBean<>(new ServletContainer(application),
        camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    registration.setName(WEBAPP_ENGINE_API);
    // Before the webapp starter's initializer, which then leaves the name alone.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
