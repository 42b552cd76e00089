package org.partyaffairs.workforce.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * The product's pages (the dossier page, the links in Tasklist's forms) read a few files of the
 * product API in the browser of someone logged into Tasklist; without this the browser asks for the
 * same user and password again (HTTP Basic). These reads, and only these, may be authenticated by
 * the webapp session instead:
 * <ul>
 *   <li>{@code GET} only (no HEAD, no write of any kind), without an {@code Authorization} header
 *   (a request with one is HTTP Basic's, right or wrong);</li>
 *   <li>on an exact path of {@link #ALLOWED}, compared with the raw request path as sent: a trailing
 *   slash, a doubled slash, another case, a {@code ;jsessionid} or any percent-encoding is not on the
 *   list (and {@code CanonicalPathFilter} refuses the last two before this is asked);</li>
 *   <li>never the engine REST API: the filter that asks is registered on {@code /api/*} only.</li>
 * </ul>
 * The session is read, never written: its {@code authenticatedUser} attribute (Camunda's
 * {@link Authentications}) is looked up with {@link HttpSession#getAttribute}, not with
 * {@code AuthenticationUtil.getAuthsFromSession}, which creates the attribute when absent, and
 * nothing of it is refreshed ({@code updateCache}/{@code updateSession} are Tasklist's own). Only the
 * user's id is taken from it; the user's groups and towns are read afresh for the request, as for
 * HTTP Basic, so a user since removed from a town's group reads nothing more of that town.
 */
final class SessionReads {

  /** The session attribute Camunda's webapps keep their logins in ({@code AuthenticationUtil}). */
  static final String WEBAPP_AUTHENTICATIONS = "authenticatedUser";

  private static final String ID = "[0-9]{1,19}";

  /** The reads a session may make, each an exact path below the context path. */
  static final List<Pattern> ALLOWED = List.of(
      // The worker list the dossier page chooses from, the dossier and its files.
      Pattern.compile("/api/workers"),
      Pattern.compile("/api/workers/" + ID + "/dossier(\\.pdf|\\.xlsx)?"),
      // The filing sheets and the notice of a hire.
      Pattern.compile("/api/workers/" + ID + "/filings/(resignation|dismissal|probation|appointment)\\.pdf"),
      // A notice's list as published.
      Pattern.compile("/api/notices/" + ID + "/list\\.(pdf|xlsx)"),
      // The half-year report's files, and the city's side by side.
      Pattern.compile("/api/reports/half-year/" + ID + "\\.(pdf|xlsx)"),
      Pattern.compile("/api/reports/half-year\\.(pdf|xlsx)"));

  private SessionReads() {
  }

  /** Whether the request is one of the reads a webapp session may make. */
  static boolean allows(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null) {
      return false;
    }
    String path = EngineRequest.pathOf(request);
    return ALLOWED.stream().anyMatch(allowed -> allowed.matcher(path).matches());
  }

  /** The user logged into the webapps in this request's session for the engine, if any; the session is only read. */
  static Optional<String> userOf(HttpServletRequest request, String engineName) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Object logins;
    try {
      logins = session.getAttribute(WEBAPP_AUTHENTICATIONS);
    } catch (IllegalStateException invalidated) {
      return Optional.empty();
    }
    if (logins instanceof Authentications authentications
        && authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user
        && user.getIdentityId() != null) {
      return Optional.of(user.getIdentityId());
    }
    return Optional.empty();
  }
}
