package org.partyaffairs.workforce.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.partyaffairs.workforce.web.Refusal;

/**
 * The user a request to the engine's APIs acts for, seen from the application's filters: on
 * {@code /engine-rest} the REST authentication has set it on the engine already; the webapps
 * authenticate in filters of their own, which the servlet container runs after every filter of the
 * application, so there it is the user logged into the webapp session.
 */
final class RequestCaller {

  private RequestCaller() {
  }

  /** The caller, or null when nobody is logged in (the API then refuses by itself). */
  static Authentication of(HttpServletRequest request, IdentityService identity, String engineName) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null) {
      HttpSession session = request.getSession(false);
      if (session == null || !(AuthenticationUtil.getAuthsFromSession(session)
          .getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user)) {
        return null;
      }
      caller = new Authentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
    }
    request.setAttribute(Refusal.CALLER_ATTRIBUTE, caller.getUserId());
    return caller;
  }

  /** A member of {@code camunda-admin}: Cockpit, Admin, jobs, modifications, expressions. */
  static boolean isAdministrator(Authentication caller) {
    return caller != null && caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.ADMINS);
  }

  /** Runs engine calls with the caller's authorizations and towns, then puts back what was set before. */
  static <T> T actingAs(IdentityService identity, Authentication caller, Supplier<T> call) {
    Authentication before = identity.getCurrentAuthentication();
    identity.setAuthentication(caller);
    try {
      return call.get();
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
  }
}
