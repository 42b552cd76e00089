package org.partyaffairs.workforce.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call as the application rather than as the user of the request, after the
 * product's own service has checked that the user may do what the call does. (An objector may
 * raise an objection to a notice they can see without any right on its process instance.)
 */
@Component
public class AsSystem {

  private final IdentityService identity;

  AsSystem(@Lazy IdentityService identity) {
    this.identity = identity;
  }

  public void run(Runnable call) {
    get(() -> {
      call.run();
      return null;
    });
  }

  public <T> T get(Supplier<T> call) {
    Authentication user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return call.get();
    } finally {
      if (user != null) {
        identity.setAuthentication(user);
      }
    }
  }
}
