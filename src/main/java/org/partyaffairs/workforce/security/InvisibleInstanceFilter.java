package org.partyaffairs.workforce.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.partyaffairs.workforce.web.Refusal;
import org.springframework.http.HttpStatus;
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

  private static final Pattern CALL = Pattern.compile("(?<kind>task|process-instance|execution)/(?<id>[^/]+)(/.*)?",
      Pattern.CASE_INSENSITIVE);
  /** Calls on the collection, not on one of its members. */
  private static final Set<String> NOT_IDS = Set.of("count", "create", "delete", "report",
      "suspended", "suspended-async", "delete-historic-query-based", "job-retries", "job-retries-historic-query-based",
      "variables-async", "correlation", "message-async", "set-removal-time");

  private final ProcessEngine engine;

  InvisibleInstanceFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<EngineRequest> engineCall = EngineRequest.of(request)
        .filter(c -> c.api() != EngineRequest.Api.WEBAPP_PLUGIN);
    Matcher call = CALL.matcher(engineCall.map(EngineRequest::resource).orElse(""));
    if (!call.matches() || NOT_IDS.contains(call.group("id").toLowerCase(Locale.ROOT))
        || visible(request, engineCall.get().engine(), call.group("kind").toLowerCase(Locale.ROOT), call.group("id"))) {
      chain.doFilter(request, response);
      return;
    }
    Refusal.send(request, response, HttpStatus.NOT_FOUND, "没有找到编号为 " + call.group("id").replaceAll("[^A-Za-z0-9-]", "")
        + " 的" + KIND_NAMES.get(call.group("kind").toLowerCase(Locale.ROOT)));
  }

  private static final Map<String, String> KIND_NAMES = Map.of("task", "任务", "process-instance", "流程实例",
      "execution", "执行");

  /** Whether the caller's own query finds it (a request without a user is the API's to refuse). */
  private boolean visible(HttpServletRequest request, String engineName, String kind, String id) {
    if (engineName != null && !engineName.equals(engine.getName())) {
      return true; // another engine, or none: the API answers for it
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
