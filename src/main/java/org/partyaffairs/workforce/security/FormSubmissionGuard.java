package org.partyaffairs.workforce.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.partyaffairs.workforce.process.FormFields;
import org.partyaffairs.workforce.web.ReadBodyRequest;
import org.partyaffairs.workforce.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A task is finished, or a process started, with exactly what its Camunda Form asks for, on the
 * engine REST API and on the webapps' API alike:
 * <ul>
 * <li>a variable the form does not have is refused (400): the variables gateways route on
 * ({@code policy}, {@code cityApprovalRequired} …) come from the application only;</li>
 * <li>a read-only field may come back only with the value it showed;</li>
 * <li>a task finished by someone else in the meantime answers 409 saying who and when, however the
 * late submission failed (task gone, optimistic lock, a record already written).</li>
 * </ul>
 * Whether a value is allowed (a decision code, a worker of the user's town) stays the task
 * listeners' and services' to judge. A task the caller cannot see is left to the engine (404), so
 * nothing here reveals it.
 */
class FormSubmissionGuard extends OncePerRequestFilter {

  private static final Pattern TASK = Pattern.compile("task/([^/]+)/(?:complete|submit-form|resolve)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern START = Pattern.compile(
      "process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(?:start|submit-form)", Pattern.CASE_INSENSITIVE);
  /**
   * Start options that place a process past its first steps or skip its listeners: a worker could
   * start a resignation at its filing step. Administrators only (Cockpit's modifications are theirs too).
   */
  private static final List<String> ADMINISTRATORS_START_OPTIONS = List.of("startInstructions",
      "skipCustomListeners", "skipIoMappings");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ObjectMapper json;
  private final IdentityService identity;
  private final TaskService tasks;
  private final FormService forms;
  private final HistoryService history;
  private final RepositoryService repository;
  private final AsSystem asSystem;
  private final String engineName;
  private final ZoneId zone;
  private final Clock clock;

  FormSubmissionGuard(ObjectMapper json, IdentityService identity, TaskService tasks, FormService forms,
      HistoryService history, RepositoryService repository, AsSystem asSystem, String engineName, ZoneId zone,
      Clock clock) {
    this.json = json;
    this.identity = identity;
    this.tasks = tasks;
    this.forms = forms;
    this.history = history;
    this.repository = repository;
    this.asSystem = asSystem;
    this.engineName = engineName;
    this.zone = zone;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equalsIgnoreCase(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String resource = EngineRequest.of(request).filter(call -> call.api() != EngineRequest.Api.WEBAPP_PLUGIN)
        .map(EngineRequest::resource).orElse("");
    Matcher task = TASK.matcher(resource);
    Matcher start = START.matcher(resource);
    Authentication caller = RequestCaller.of(request, identity, engineName);
    if (!(task.matches() || start.matches()) || caller == null) {
      chain.doFilter(request, response); // not a submission, or the API answers 401 itself
      return;
    }
    ReadBodyRequest read = new ReadBodyRequest(request);
    JsonNode variables = variablesOf(read.body());
    Optional<String> option = start.matches() && !RequestCaller.isAdministrator(caller)
        ? startOptionIn(read.body()) : Optional.empty();
    if (option.isPresent()) {
      Refusal.send(request, response, HttpStatus.FORBIDDEN, "只有系统管理员可以使用启动选项 " + option.get()
          + "：流程须从第一步开始");
      return;
    }
    if (task.matches()) {
      submitTask(task.group(1), caller, variables, read, response, chain);
    } else {
      ProcessDefinition definition = asSystem.get(() -> definitionOf(start.group(1), start.group(2), start.group(3)));
      List<String> problems = definition == null ? List.of()
          : problems(asSystem.get(() -> startFields(definition.getId())), variables, field -> null);
      if (problems.isEmpty()) {
        chain.doFilter(read, response);
      } else {
        Refusal.send(request, response, HttpStatus.BAD_REQUEST, String.join("；", problems));
      }
    }
  }

  private void submitTask(String taskId, Authentication caller, JsonNode variables, ReadBodyRequest request,
      HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
    if (RequestCaller.actingAs(identity, caller, () -> tasks.createTaskQuery().taskId(taskId).count()) == 0) {
      Optional<String> done = finishedFor(caller, taskId);
      if (done.isPresent()) {
        answer(response, HttpStatus.CONFLICT, done.get());
      } else {
        chain.doFilter(request, response);
      }
      return;
    }
    List<String> problems = problems(asSystem.get(() -> taskFields(taskId)), variables,
        field -> asSystem.get(() -> tasks.getVariable(taskId, field)));
    if (!problems.isEmpty()) {
      Refusal.send(request, response, HttpStatus.BAD_REQUEST, String.join("；", problems));
      return;
    }
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    Optional<String> lostTheRace = buffered.getStatus() >= 400 ? finishedFor(caller, taskId) : Optional.empty();
    if (lostTheRace.isPresent()) {
      response.reset();
      answer(response, HttpStatus.CONFLICT, lostTheRace.get());
    } else {
      buffered.copyBodyToResponse();
    }
  }

  private List<String> problems(FormFields fields, JsonNode variables, Function<String, Object> current) {
    List<String> unknown = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    for (Map.Entry<String, JsonNode> variable : variables.properties()) {
      String name = variable.getKey();
      JsonNode value = variable.getValue().get("value");
      if (!fields.has(name)) {
        unknown.add(name);
      } else if (fields.isReadonly(name)) {
        if (!sameValue(value, current.apply(name))) {
          changed.add(name);
        }
      } else {
        fields.problemWith(name, value, LocalDate.now(clock.withZone(zone))).ifPresent(invalid::add);
      }
    }
    List<String> problems = new ArrayList<>();
    if (!unknown.isEmpty()) {
      problems.add("表单没有这些字段，不能提交：" + String.join("、", unknown));
    }
    if (!changed.isEmpty()) {
      problems.add("只读字段不能修改：" + String.join("、", changed));
    }
    problems.addAll(invalid);
    return problems;
  }

  private static boolean sameValue(JsonNode submitted, Object current) {
    if (submitted == null || submitted.isNull()) {
      return current == null;
    }
    if (submitted.isNumber() && current instanceof Number number) {
      return submitted.decimalValue().compareTo(new BigDecimal(number.toString())) == 0;
    }
    return current != null && submitted.asText().equals(current.toString());
  }

  /** The task was completed, and by the caller's own group or by the caller: who and when. */
  private Optional<String> finishedFor(Authentication caller, String taskId) {
    return asSystem.get(() -> {
      HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
      if (done == null || !"completed".equals(done.getDeleteReason()) || !wasOffered(done, caller)) {
        return Optional.empty();
      }
      String by = completerOf(done);
      return Optional.of("任务「" + done.getName() + "」已由 " + by + " 于 "
          + MINUTE.format(done.getEndTime().toInstant().atZone(zone)) + " 办理完成，无需再次提交");
    });
  }

  /**
   * Who completed the task, from the engine's operation log: the assignee is only who held it last,
   * and a task completed without a claim has none.
   */
  private String completerOf(HistoricTaskInstance done) {
    return history.createUserOperationLogQuery().taskId(done.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
        .map(UserOperationLogEntry::getUserId).filter(Objects::nonNull).findFirst()
        .orElse(done.getAssignee() == null ? "他人" : done.getAssignee());
  }

  private boolean wasOffered(HistoricTaskInstance task, Authentication caller) {
    return caller.getUserId().equals(task.getAssignee())
        || history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type(IdentityLinkType.CANDIDATE).list()
            .stream().anyMatch(link -> caller.getUserId().equals(link.getUserId())
                || link.getGroupId() != null && caller.getGroupIds().contains(link.getGroupId()));
  }

  private FormFields taskFields(String taskId) {
    try {
      return FormFields.parse(forms.getDeployedTaskForm(taskId), json);
    } catch (ProcessEngineException noForm) {
      return FormFields.NONE;
    }
  }

  private FormFields startFields(String definitionId) {
    try {
      return FormFields.parse(forms.getDeployedStartForm(definitionId), json);
    } catch (ProcessEngineException noForm) {
      return FormFields.NONE;
    }
  }

  private ProcessDefinition definitionOf(String key, String tenant, String id) {
    if (id != null) {
      return repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
    }
    ProcessDefinitionQuery latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion();
    return (tenant == null ? latest.withoutTenantId() : latest.tenantIdIn(tenant)).singleResult();
  }

  /** A start option other than its harmless default (absent, null, false, empty). */
  private Optional<String> startOptionIn(byte[] body) {
    JsonNode start;
    try {
      start = body.length == 0 ? json.createObjectNode() : json.readTree(body);
    } catch (IOException malformed) {
      return Optional.empty(); // the API refuses it itself
    }
    return ADMINISTRATORS_START_OPTIONS.stream().filter(option -> {
      JsonNode value = start.path(option);
      return !(value.isMissingNode() || value.isNull() || value.isBoolean() && !value.asBoolean()
          || value.isContainerNode() && value.isEmpty());
    }).findFirst();
  }

  private JsonNode variablesOf(byte[] body) {
    try {
      return body.length == 0 ? json.createObjectNode() : json.readTree(body).path("variables");
    } catch (IOException malformed) {
      return json.createObjectNode(); // the API itself answers 400 for a body it cannot read
    }
  }

  private void answer(HttpServletResponse response, HttpStatus status, String message) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    String type = status == HttpStatus.CONFLICT ? "TaskAlreadyCompleted" : "InvalidRequest";
    response.getWriter().write(json.writeValueAsString(Map.of("type", type, "message", message)));
  }
}
