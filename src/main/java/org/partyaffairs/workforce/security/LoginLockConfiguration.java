package org.partyaffairs.workforce.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Failed-login locks ({@link LoginLocks}, issue 20): the engine checks passwords through
 * {@link LockingIdentityProvider}, and {@link LoginLockFilter} answers a locked login with a message
 * before it reaches the engine.
 */
@Configuration(proxyBeanMethods = false)
class LoginLockConfiguration {

  /**
   * Before the REST authentication (order 10) and the webapps' own filters, which run after every
   * filter of the application; after Spring's forwarded-header filter, should
   * {@code server.forward-headers-strategy=framework} register one, so the client address is the
   * one it found.
   */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

  @Bean
  FilterRegistrationBean<LoginLockFilter> loginLockFilter(LoginLocks locks, ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new LoginLockFilter(locks, json));
    registration.setName("workforce-login-lock");
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/admin/auth/*");
    registration.setOrder(ORDER);
    return registration;
  }

  /** Camunda's user store, its password check going through the locks. */
  @Bean
  ProcessEnginePlugin lockingIdentityProviderPlugin(LoginLocks locks) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
          @Override
          public Class<?> getSessionType() {
            return LockingIdentityProvider.class;
          }

          @Override
          public Session openSession() {
            return new LockingIdentityProvider(locks);
          }
        });
      }
    };
  }
}
