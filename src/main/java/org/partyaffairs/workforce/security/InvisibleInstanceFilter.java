package org.partyaffairs.workforce.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A process instance, execution or task the caller cannot see does not exist for them: any call on
 * {@code …/task/{id}/…}, {@code …/process-instance/{id}/…} or {@code …/execution/{id}/…}
 * (complete, claim, variables, forms…) answers 404 unless the caller's own query finds it, on the
 * engine REST API and on the webapps' engine API alike. Without this the engine refuses another
 * town's task or instance only after revealing that it exists, as an HTTP 500 ("… belongs to no
 * authenticated tenant"), while an id that exists nowhere is a 404.
 *
 * <p>On {@code /engine-rest} it runs inside the REST authentication, so the query carries the
 * caller's authorizations and towns. The webapps authenticate in filters of their own, which the
 * servlet container runs after every filter of the application; there the query runs as the user
 * of the webapp session, as Camunda's own authentication filter then does. A request without a
 * logged-in user passes on, for the webapp to refuse.
 */
class InvisibleInstanceFilter extends OncePerRequestFilter {

  private static final Pattern CALL = Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/(?<engine>[^/]+))"
      + "/(?<kind>task|process-instance|execution)/(?<id>[^/]+)/.+$");
  /** {@code /task/report/…} is a query over all tasks, not a task. */
  private static final String TASK_REPORTS = "report";

  private final ProcessEngine engine;

  InvisibleInstanceFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher call = CALL.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (!call.matches() || (call.group("kind").equals("task") && call.group("id").equals(TASK_REPORTS))
        || visible(request, call.group("engine"), call.group("kind"), call.group("id"))) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpStatus.NOT_FOUND.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":\"No matching " + call.group("kind")
        + " with id " + call.group("id").replaceAll("[^A-Za-z0-9-]", "") + "\"}");
  }

  /** Whether the caller's own query finds it (a request without a user is the API's to refuse). */
  private boolean visible(HttpServletRequest request, String webappEngine, String kind, String id) {
    if (webappEngine != null && !webappEngine.equals(engine.getName())) {
      return true; // another engine is the webapp's to answer for
    }
    IdentityService identity = engine.getIdentityService();
    Authentication caller = RequestCaller.of(request, identity, engine.getName());
    return caller == null || RequestCaller.actingAs(identity, caller, () -> found(kind, id));
  }

  private boolean found(String kind, String id) {
    RuntimeService runtime = engine.getRuntimeService();
    TaskService tasks = engine.getTaskService();
    return switch (kind) {
      case "task" -> tasks.createTaskQuery().taskId(id).count() > 0;
      case "process-instance" -> runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0;
      default -> runtime.createExecutionQuery().executionId(id).count() > 0;
    };
  }
}
