package org.partyaffairs.workforce.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.partyaffairs.workforce.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What only administrators may do on the engine's APIs, decided before the engine sees the request:
 * the engine's own checks come too late for some calls (a refused {@code POST /job/{id}/execute}
 * has already spent one of the job's retries: three tries by anyone and another town's timer ends
 * in an incident) and answer others with a 500 that tells that the object exists.
 *
 * <p>For a user outside {@code camunda-admin}, reads pass on to the engine's authorizations; a write
 * (POST, PUT, DELETE) passes only if it is one of the few a Tasklist user makes — querying, claiming,
 * completing, starting a process through its form, commenting, their own profile — and everything
 * else is a 403 alike, whether the object exists or not: jobs and job definitions, incidents,
 * process-instance modification and restart, variables written past a form, migrations, batches,
 * deployments, messages and signals, and any endpoint a later engine adds. The Cockpit and Admin
 * plugin APIs answer administrators only, reads included.
 */
class AdministratorRoutes extends OncePerRequestFilter {

  private static final String ID = "[^/]+";
  /** Writes a user who is not an administrator may make; the engine's authorizations still apply. */
  private static final List<Pattern> USER_WRITES = List.of(
      route("task(/count)?"),
      route("task/" + ID + "/(claim|unclaim|complete|submit-form|resolve|assignee|delegate|comment/create"
          + "|attachment/create|identity-links|identity-links/delete)"),
      route("task/" + ID), // PUT: due and follow-up dates, as Tasklist sets them
      route("task/" + ID + "/attachment/" + ID), // DELETE: one's own attachment
      route("filter/" + ID + "/(list|count|singleresult)"),
      route("process-definition/(key/" + ID + "(/tenant-id/" + ID + ")?|" + ID + ")/(start|submit-form)"),
      route("(process-instance|execution|variable-instance)(/count)?"),
      route("history/(?!cleanup$)" + ID + "(/count)?"),
      route("user/" + ID + "/(profile|credentials)"),
      route("identity/password-policy"));
  /** The webapps' plugin APIs a user who is not an administrator uses: Tasklist's, Welcome's and the login. */
  private static final List<Pattern> USER_PLUGIN_APIS = List.of(
      route("(tasklist|welcome)(/.*)?"),
      route("admin/auth/.*"));

  private final IdentityService identity;
  private final String engineName;

  AdministratorRoutes(IdentityService identity, String engineName) {
    this.identity = identity;
    this.engineName = engineName;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<EngineRequest> call = EngineRequest.of(request);
    if (call.isEmpty() || allowed(call.get(), request)) {
      chain.doFilter(request, response);
      return;
    }
    Refusal.send(request, response, HttpStatus.FORBIDDEN, "此操作只有系统管理员可以执行");
  }

  private boolean allowed(EngineRequest call, HttpServletRequest request) {
    boolean plugin = call.api() == EngineRequest.Api.WEBAPP_PLUGIN;
    if (plugin && matchesAny(USER_PLUGIN_APIS, call.resource())) {
      return true; // the login among them: nobody is logged in yet
    }
    if (!plugin && call.isRead()) {
      return true;
    }
    Authentication caller = RequestCaller.of(request, identity, engineName);
    if (caller == null) {
      return true; // nobody logged in: the API answers 401 itself
    }
    return RequestCaller.isAdministrator(caller) || !plugin && matchesAny(USER_WRITES, call.resource());
  }

  private static boolean matchesAny(List<Pattern> patterns, String resource) {
    return patterns.stream().anyMatch(pattern -> pattern.matcher(resource).matches());
  }

  private static Pattern route(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }
}
