package org.partyaffairs.workforce.security;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * Idempotent Camunda authorizations: a start-up may run any number of times. {@link #grant} is
 * public for what deploys its own models beside the product's (the benchmark's floor process).
 */
@Component
public class Grants {

  private final AuthorizationService authorizations;

  Grants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  /** Adds what is missing to the group's grant on the resource, or creates the grant. */
  public void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    save(authorization, permissions);
  }

  /** Removes the group's grant on the resource, if there is one (a grant an earlier version gave). */
  void withdraw(String group, Resource resource, String resourceId) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization != null) {
      authorizations.deleteAuthorization(authorization.getId());
    }
  }

  /** A global authorization: every logged-in user, present and future. */
  void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .userIdIn(Authorization.ANY).resourceType(resource).resourceId(resourceId).singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    save(authorization, permissions);
  }

  private void save(Authorization authorization, Permission... permissions) {
    if (authorization.getId() != null && Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
      return;
    }
    Arrays.stream(permissions).forEach(authorization::addPermission);
    authorizations.saveAuthorization(authorization);
  }
}
