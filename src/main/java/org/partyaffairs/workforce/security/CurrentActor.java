package org.partyaffairs.workforce.security;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The actor of the current request: the engine's authentication, set by the REST filter, the
 * webapps' session or {@link IdentityService#setAuthentication}. No authentication means the
 * application itself is acting (a job, start-up).
 */
@Component
public class CurrentActor {

  private final IdentityService identityService;

  /** Lazy: the engine's own tenant id provider asks for the actor, so it exists before the engine. */
  CurrentActor(@Lazy IdentityService identityService) {
    this.identityService = identityService;
  }

  public Actor get() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return Actor.system();
    }
    return Actor.user(authentication.getUserId(), nonNull(authentication.getGroupIds()),
        nonNull(authentication.getTenantIds()));
  }

  private static Set<String> nonNull(List<String> ids) {
    return ids == null ? Set.of() : Set.copyOf(ids);
  }
}
