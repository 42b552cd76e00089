package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.WorkforceProperties;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The application's own configuration files, read as at start-up: outside the demo profile there is
 * no administrator password unless ADMIN_PASSWORD gives one. (Only the settings are started here: a
 * second engine in the test JVM would take over the shared one's name.)
 */
class AdminPasswordTest {

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
  void theDemoProfileHasItsDocumentedPassword() {
    startUp.withPropertyValues("spring.profiles.active=demo").run(context ->
        assertThat(context.getBean(WorkforceProperties.class).admin().password()).isEqualTo("demo"));
  }
}
