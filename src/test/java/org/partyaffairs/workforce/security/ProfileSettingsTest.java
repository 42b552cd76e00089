package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.WorkforceProperties;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The application's own configuration files, read as at start-up: outside the demo profile there is
 * no administrator password unless ADMIN_PASSWORD gives one, and cookies and HSTS are for TLS. (Only
 * the settings are started here: a second engine in the test JVM would take over the shared one's
 * name.)
 */
class ProfileSettingsTest {

  private static final List<String> TLS_ONLY = List.of(
      "server.servlet.session.cookie.secure",
      "camunda.bpm.webapp.session-cookie.enable-secure-cookie",
      "camunda.bpm.webapp.csrf.enable-secure-cookie");

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(WorkforceProperties.class)
  static class Settings {
  }

  private final ApplicationContextRunner startUp = new ApplicationContextRunner()
      .withInitializer(new ConfigDataApplicationContextInitializer())
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(Settings.class);

  @Test
  void outsideTheDemoProfileAMissingAdminPasswordStopsTheStartNamingTheVariable() {
    startUp.withPropertyValues("spring.profiles.active=mysql").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).hasStackTraceContaining("ADMIN_PASSWORD");
    });
  }

  @Test
  void outsideTheDemoProfileCookiesAreSecureAndHttpOnlyAndHstsIsOn() {
    startUp.withPropertyValues("spring.profiles.active=mysql", "ADMIN_PASSWORD=Str0ng!Passw0rd").run(context -> {
      Environment settings = context.getEnvironment();
      TLS_ONLY.forEach(name -> assertThat(settings.getProperty(name, Boolean.class)).as(name).isTrue());
      assertThat(settings.getProperty("server.servlet.session.cookie.http-only", Boolean.class)).isTrue();
      assertThat(settings.getProperty("camunda.bpm.webapp.header-security.hsts-disabled", Boolean.class)).isFalse();
      assertThat(settings.getProperty("camunda.bpm.webapp.header-security.content-security-policy-disabled")).isNull();
    });
  }

  @Test
  void theDemoOnPlainHttpSendsCookiesWithoutSecureAndNoHsts() {
    startUp.withPropertyValues("spring.profiles.active=demo").run(context -> {
      Environment settings = context.getEnvironment();
      TLS_ONLY.forEach(name -> assertThat(settings.getProperty(name, Boolean.class)).as(name).isFalse());
      assertThat(settings.getProperty("camunda.bpm.webapp.header-security.hsts-disabled", Boolean.class)).isTrue();
    });
  }

  @Test
  void theDemoProfileHasItsDocumentedPassword() {
    startUp.withPropertyValues("spring.profiles.active=demo").run(context ->
        assertThat(context.getBean(WorkforceProperties.class).admin().password()).isEqualTo("demo"));
  }
}
