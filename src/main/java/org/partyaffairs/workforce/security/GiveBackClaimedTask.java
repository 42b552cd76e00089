package org.partyaffairs.workforce.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Whoever holds a task may give it back (Tasklist's 取消认领). Candidates work their tasks with
 * {@code TASK_WORK}, which lets them claim and complete but not unclaim: the engine treats unclaiming
 * as assigning ({@code TASK_ASSIGN}), and that right would also let them hand a task to anyone. So
 * an unclaim by the task's own assignee is done here, in the engine, as that user (the operation log
 * names them) with the authorization check of this one call switched off; any other unclaim goes
 * to the engine as before.
 */
class GiveBackClaimedTask extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(GiveBackClaimedTask.class);
  private static final Pattern UNCLAIM = Pattern.compile("task/([^/]+)/unclaim", Pattern.CASE_INSENSITIVE);

  private final ProcessEngine engine;

  GiveBackClaimedTask(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equalsIgnoreCase(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<EngineRequest> call = EngineRequest.of(request).filter(c -> c.api() != EngineRequest.Api.WEBAPP_PLUGIN
        && (c.engine() == null || c.engine().equals(engine.getName())));
    Matcher unclaim = UNCLAIM.matcher(call.map(EngineRequest::resource).orElse(""));
    IdentityService identity = engine.getIdentityService();
    Authentication caller = unclaim.matches() ? RequestCaller.of(request, identity, engine.getName()) : null;
    if (caller == null || RequestCaller.isAdministrator(caller) || !heldBy(caller, unclaim.group(1))) {
      chain.doFilter(request, response);
      return;
    }
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    RequestCaller.actingAs(identity, caller, () -> configuration.getCommandExecutorTxRequired().execute(context -> {
      context.disableAuthorizationCheck();
      engine.getTaskService().setAssignee(unclaim.group(1), null);
      return null;
    }));
    LOG.info("Task {} given back by {}", unclaim.group(1), caller.getUserId());
    response.setStatus(HttpStatus.NO_CONTENT.value());
  }

  /** The caller sees the task (own query: towns and authorizations) and is its assignee. */
  private boolean heldBy(Authentication caller, String taskId) {
    Task task = RequestCaller.actingAs(engine.getIdentityService(), caller,
        () -> engine.getTaskService().createTaskQuery().taskId(taskId).singleResult());
    return task != null && caller.getUserId().equals(task.getAssignee());
  }
}
