package org.partyaffairs.workforce.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task the caller cannot see does not exist for them: any call on {@code /engine-rest/task/{id}/…}
 * (complete, claim, variables, forms…) answers 404 unless the caller's own task query finds the
 * task. Without this the engine refuses another town's task only after revealing that it exists,
 * and as an HTTP 500. Runs inside the REST authentication, so the query carries the caller's
 * authorizations and towns.
 */
class InvisibleTaskFilter extends OncePerRequestFilter {

  private static final Pattern TASK_CALL = Pattern.compile("^/engine-rest/task/([^/]+)/.+$");

  private final TaskService taskService;

  InvisibleTaskFilter(TaskService taskService) {
    this.taskService = taskService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher call = TASK_CALL.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (call.matches() && !call.group(1).equals("report") && taskService.createTaskQuery().taskId(call.group(1)).count() == 0) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":\"No matching task with id "
          + call.group(1).replaceAll("[^A-Za-z0-9-]", "") + "\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
