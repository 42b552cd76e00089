package org.partyaffairs.workforce;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code workforce.*}. Outside the demo profile the administrator's password has no
 * default: start-up stops with the message below until ADMIN_PASSWORD is set.
 */
@Validated
@ConfigurationProperties("workforce")
public record WorkforceProperties(@NotNull ZoneId zone, @Valid Admin admin, Demo demo, @Valid Assessment assessment) {

  public record Admin(
      @NotBlank(message = "set ADMIN_USER (default admin)") String user,
      @NotBlank(message = "set ADMIN_PASSWORD: there is no default password outside the demo profile") String password) {
  }

  /** The grading policy of this city, used where a grade is asked for without one. */
  public record Assessment(
      @Pattern(regexp = "kunshan|lanzhou|points", message = "must be kunshan, lanzhou or points") String policy) {
  }

  /** Present only with the demo profile: the one password of every demo user. */
  public record Demo(@NotBlank String password) {
  }
}
