package org.partyaffairs.workforce.assessment;

import static org.partyaffairs.workforce.assessment.AssessmentProcessVariables.CAMPAIGN_ID;
import static org.partyaffairs.workforce.assessment.AssessmentProcessVariables.TOWN_NAME;
import static org.partyaffairs.workforce.assessment.AssessmentProcessVariables.WORKER_ID;
import static org.partyaffairs.workforce.assessment.AssessmentProcessVariables.WORKER_NAME;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.assessment.BulkScoringRefusal.Problem;
import org.partyaffairs.workforce.assessment.ScoreSheetWorkbook.CellValue;
import org.partyaffairs.workforce.assessment.ScoreSheetWorkbook.Column;
import org.partyaffairs.workforce.assessment.ScoreSheetWorkbook.SheetRow;
import org.partyaffairs.workforce.assessment.ScoreSheetWorkbook.Upload;
import org.partyaffairs.workforce.assessment.ScoreSheetWorkbook.UploadRow;
import org.partyaffairs.workforce.process.FormFields;
import org.partyaffairs.workforce.rules.DecisionService;
import org.partyaffairs.workforce.rules.InvalidFactsException;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.AsSystem;
import org.partyaffairs.workforce.web.EngineRefusals;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk scoring for a town (issue 22, item 4): the town organisation department downloads its open
 * score sheets of a campaign as one XLSX and uploads it filled in. The upload is judged whole before
 * anything is written — each cell by the scoring form's own validation ({@link FormFields}, as
 * {@code security.FormSubmissionGuard} judges a Tasklist submission; the form's required fields and
 * decimal places as the browser judges them) and each row by the score decision the form's end
 * listener runs ({@link ScoreSheet#read}, the Drools decision of the campaign's policy) — and every
 * finding names its row and column as the spreadsheet shows them. Then, in one transaction, each task
 * is claimed for the user where nobody holds it and submitted through {@link FormService#submitTaskForm}
 * as the user, the call Tasklist's submit reaches: the engine's authorizations, the form's end listener
 * ({@link AssessmentForms}, the assessment record and its trail), the history and the user operation
 * log are those of a Tasklist submission. Anything refused on the way rolls every row back.
 */
@Service
class BulkScoring {

  private static final Logger log = LoggerFactory.getLogger(BulkScoring.class);

  /** The scoring tasks of AnnualAssessmentProcess and the policy whose decision judges each. */
  static final Map<String, AssessmentPolicy> SCORING_TASKS = Map.of(
      "Task_ScoreEvaluationForm", AssessmentPolicy.KUNSHAN,
      "Task_ScoreWeighted", AssessmentPolicy.LANZHOU,
      "Task_ScorePointsLedger", AssessmentPolicy.POINTS);

  private static final String TOWN_ORG = "town-org-";
  /** Task ids per engine query (an IN list, well below every database's limit). */
  private static final int CHUNK = 500;
  /** The engine's queryMaxResultsLimit for users; pages of a town's open sheets. */
  private static final int PAGE = 1000;
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** The download: the file and the figures the answer's headers carry. */
  record Sheet(byte[] file, String fileName, int rows) {
  }

  /** What an upload did, for the answer. */
  record Scored(String message, int scored, int skipped, List<String> taskIds) {
  }

  private final TaskService tasks;
  private final FormService forms;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final AsSystem asSystem;
  private final DecisionService decisions;
  private final CampaignRepository campaigns;
  private final TransactionTemplate transaction;
  private final ObjectMapper json;
  private final ZoneId zone;
  private final Clock clock;

  BulkScoring(TaskService tasks, FormService forms, RuntimeService runtime, HistoryService history, AsSystem asSystem,
      DecisionService decisions, CampaignRepository campaigns, TransactionTemplate transaction, ObjectMapper json,
      WorkforceProperties properties, Clock clock) {
    this.tasks = tasks;
    this.forms = forms;
    this.runtime = runtime;
    this.history = history;
    this.asSystem = asSystem;
    this.decisions = decisions;
    this.campaigns = campaigns;
    this.transaction = transaction;
    this.json = json;
    this.zone = properties.zone();
    this.clock = clock;
  }

  // ---------------------------------------------------------------------------------------------
  // Download

  /** The caller's open score sheets of the campaign (of every campaign when null, if they share one form). */
  Sheet download(Long campaignId, Actor actor) {
    List<String> groups = organisationGroupsOf(actor);
    Campaign campaign = campaignId == null ? null : campaigns.findById(campaignId)
        .orElseThrow(() -> new NotFoundException("考核活动 " + campaignId + " 不存在"));
    List<Task> open = openSheets(campaignId, actor, groups);
    if (open.isEmpty()) {
      throw new NotFoundException("没有待您评分的评分任务" + (campaign == null ? "" : "（考核活动 " + campaignId + "）"));
    }
    Map<String, Map<String, Object>> variables = variablesOf(open);
    Map<String, List<Task>> byForm = open.stream().collect(Collectors.groupingBy(this::formOf, LinkedHashMap::new,
        Collectors.toList()));
    if (byForm.size() > 1) {
      Set<String> ids = open.stream().map(task -> String.valueOf(variables.get(task.getProcessInstanceId())
          .get(CAMPAIGN_ID))).collect(Collectors.toCollection(TreeSet::new));
      throw new InvalidRequestException("您有多个考核活动的评分任务，评分表各不相同：请用参数 campaign 指定考核活动（"
          + String.join("、", ids) + "）");
    }
    Task first = open.get(0);
    FormColumns form = formColumns(first.getId());
    List<SheetRow> rows = open.stream().map(task -> {
      Map<String, Object> of = variables.getOrDefault(task.getProcessInstanceId(), Map.of());
      return new SheetRow(task.getId(), of.get(WORKER_ID) instanceof Number n ? n.longValue() : null,
          text(of.get(WORKER_NAME)), text(of.get(TOWN_NAME)));
    }).sorted(Comparator.comparing(SheetRow::townName, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(SheetRow::workerId, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    Object campaignOfFirst = variables.get(first.getProcessInstanceId()).get(CAMPAIGN_ID);
    Campaign shown = campaign != null ? campaign
        : campaignOfFirst instanceof Number n ? campaigns.findById(n.longValue()).orElse(null) : null;
    String title = (shown == null ? "" : shown.getYear() + "年度" + shown.getPolicy().label() + "（考核活动 "
        + shown.getId() + "）") + "评分表：" + first.getName().replaceFirst("[：:].*$", "") + "，共 " + rows.size() + " 人";
    byte[] file = ScoreSheetWorkbook.write(title, notes(form), form.columns(), rows);
    log.info("Bulk scoring: {} downloaded {} open score sheets{}", actor.userId(), rows.size(),
        shown == null ? "" : " of campaign " + shown.getId());
    return new Sheet(file, "score-sheets" + (shown == null ? "" : "-" + shown.getYear() + "-" + shown.getId())
        + ".xlsx", rows.size());
  }

  private static List<String> notes(FormColumns form) {
    List<String> notes = new ArrayList<>();
    notes.add("1. 每行是一名工作者的评分任务。A–D 列（任务编号、工作者编号、工作者、区镇）不能修改，也不要改动第1行的表头。");
    notes.add("2. 从 E 列起按评分表单填写，与在任务办理（Tasklist）中填写表单的要求相同：");
    for (Column column : form.columns()) {
      StringBuilder line = new StringBuilder("   · ").append(column.label());
      if (column.required()) {
        line.append("，必填");
      }
      if (column.min() != null && column.max() != null) {
        line.append("，").append(column.min().toPlainString()).append(" 至 ").append(column.max().toPlainString());
      }
      if (column.decimalDigits() != null) {
        line.append("，最多 ").append(column.decimalDigits()).append(" 位小数");
      }
      if (column.maxLength() != null) {
        line.append("，不超过 ").append(column.maxLength()).append(" 个字");
      }
      if (column.description() != null && !column.description().isBlank()) {
        line.append("（").append(column.description()).append("）");
      }
      notes.add(line.toString());
    }
    notes.add("3. 请直接填写数值，不要使用公式。暂不评分的工作者，整行评分留空（积分制：删去该行），上传时跳过，任务仍在待办中。");
    notes.add("4. 上传后先整表校验：任何一个单元格有误，都会指出行号、列号和原因，且不记录任何评分；全部无误才逐人提交，与在任务办理中提交表单相同。");
    notes.add("5. 已由他人办理或认领的任务会被拒绝（409），请重新下载评分表。");
    return notes;
  }

  /** The caller's open scoring tasks: offered to their organisation department, nobody else's claim. */
  private List<Task> openSheets(Long campaignId, Actor actor, List<String> groups) {
    List<Task> open = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      TaskQuery query = tasks.createTaskQuery().processDefinitionKey(AssessmentProcessVariables.PROCESS_KEY)
          .taskDefinitionKeyIn(SCORING_TASKS.keySet().toArray(String[]::new)).taskCandidateGroupIn(groups)
          .includeAssignedTasks().active();
      if (campaignId != null) {
        query.processVariableValueEquals(CAMPAIGN_ID, campaignId);
      }
      List<Task> page = query.orderByTaskId().asc().listPage(first, PAGE);
      page.stream().filter(task -> task.getAssignee() == null || task.getAssignee().equals(actor.userId()))
          .forEach(open::add);
      if (page.size() < PAGE) {
        return open;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Upload

  /** Judges the whole file, then scores every filled row through the form path, or nothing at all. */
  Scored upload(Long campaignId, byte[] file, Actor actor) {
    List<String> groups = organisationGroupsOf(actor);
    if (campaignId != null && !campaigns.existsById(campaignId)) {
      throw new NotFoundException("考核活动 " + campaignId + " 不存在");
    }
    Upload upload = ScoreSheetWorkbook.read(file);
    String idHeader = upload.headers().getOrDefault(0, "");
    if (!ScoreSheetWorkbook.ID_HEADERS.get(0).equals(idHeader)) {
      throw refusal(HttpStatus.BAD_REQUEST, List.of(new Problem(1, "A", "表头应为「" + ScoreSheetWorkbook.ID_HEADERS.get(0)
          + "」，收到「" + idHeader + "」：请使用下载的评分表，不要增删列")));
    }
    if (upload.rows().isEmpty()) {
      throw new InvalidRequestException("评分表中没有工作者的行：请在下载的评分表中填写后上传");
    }
    List<Line> lines = lines(upload);
    Map<String, Task> offered = judgeTasks(lines, campaignId, actor, groups);
    List<Problem> problems = new ArrayList<>();
    Map<String, FormColumns> formsByTask = new HashMap<>();
    Map<String, FormColumns> formCache = new HashMap<>();
    for (Line line : lines) {
      Task task = offered.get(line.taskId());
      formsByTask.put(line.taskId(), formCache.computeIfAbsent(formOf(task), key -> formColumns(task.getId())));
    }
    // The header row: every column of the form, nothing else.
    Set<FormColumns> used = new HashSet<>(formsByTask.values());
    Map<FormColumns, Map<String, Integer>> columnsOf = new HashMap<>();
    for (FormColumns form : used) {
      columnsOf.put(form, headerColumns(upload, form, problems));
    }
    if (!problems.isEmpty()) {
      throw refusal(HttpStatus.BAD_REQUEST, problems);
    }
    List<Submission> submissions = new ArrayList<>();
    int skipped = 0;
    for (Line line : lines) {
      Task task = offered.get(line.taskId());
      FormColumns form = formsByTask.get(line.taskId());
      Map<String, Integer> columns = columnsOf.get(form);
      if (form.hasRequired() && line.row().isBlank(ScoreSheetWorkbook.FIRST_FIELD_COLUMN)) {
        skipped++;
        continue;
      }
      Map<String, Object> variables = readRow(line.row(), form, columns, problems);
      if (variables != null) {
        judgeByRules(line.row().number(), SCORING_TASKS.get(task.getTaskDefinitionKey()), variables, form, columns,
            problems);
        submissions.add(new Submission(line, task, variables));
      }
    }
    if (!problems.isEmpty()) {
      throw refusal(HttpStatus.BAD_REQUEST, problems);
    }
    if (submissions.isEmpty()) {
      throw new InvalidRequestException("评分表中没有填写任何评分（" + skipped + " 行均为空），未记录任何评分");
    }
    submit(submissions, actor);
    String message = "已为 " + submissions.size() + " 名工作者评分" + (skipped == 0 ? "" : "；" + skipped
        + " 行未填写评分，未提交，任务仍在待办中") + "。总分和等次由规则计算。";
    log.info("Bulk scoring: {} scored {} workers by upload ({} rows left empty)", actor.userId(), submissions.size(),
        skipped);
    return new Scored(message, submissions.size(), skipped,
        submissions.stream().map(s -> s.line().taskId()).toList());
  }

  private record Line(UploadRow row, String taskId) {
  }

  private record Submission(Line line, Task task, Map<String, Object> variables) {
  }

  /** Each row's task id (column A), present and once only. */
  private static List<Line> lines(Upload upload) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    List<Line> lines = new ArrayList<>();
    for (UploadRow row : upload.rows()) {
      CellValue id = row.cell(0);
      String taskId = id.text() == null ? "" : id.text().strip();
      if (id.formula()) {
        problems.add(new Problem(row.number(), "A", "任务编号不能是公式"));
      } else if (taskId.isEmpty()) {
        problems.add(new Problem(row.number(), "A", "缺少任务编号：请使用下载的评分表，不要改动 A 列"));
      } else if (taskId.length() > 64 || !taskId.matches("[A-Za-z0-9:_-]+")) {
        problems.add(new Problem(row.number(), "A", "任务编号「" + abbreviated(taskId) + "」格式不对：请使用下载的评分表，不要改动 A 列"));
      } else if (seen.containsKey(taskId)) {
        problems.add(new Problem(row.number(), "A", "与第" + seen.get(taskId) + "行是同一个任务，每个任务只能出现一次"));
      } else {
        seen.put(taskId, row.number());
        lines.add(new Line(row, taskId));
      }
    }
    if (!problems.isEmpty()) {
      throw refusal(HttpStatus.BAD_REQUEST, problems);
    }
    return lines;
  }

  /**
   * Every row's task is an open scoring task offered to the caller's organisation department and held
   * by nobody else. A task the caller cannot see is answered 404 in the same words whether it exists
   * or not (another town's); one they read but is not theirs to work on 403; one done or claimed
   * meanwhile 409. Nothing is recorded in any of these cases.
   */
  private Map<String, Task> judgeTasks(List<Line> lines, Long campaignId, Actor actor, List<String> groups) {
    List<String> ids = lines.stream().map(Line::taskId).toList();
    Map<String, Task> visible = new HashMap<>();
    Set<String> offeredIds = new HashSet<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      String[] chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(String[]::new);
      // Paged as the engine asks of a user's query (queryMaxResultsLimit); a chunk is one page.
      tasks.createTaskQuery().taskIdIn(chunk).listPage(0, chunk.length).forEach(task -> visible.put(task.getId(), task));
      tasks.createTaskQuery().taskIdIn(chunk).taskCandidateGroupIn(groups).includeAssignedTasks()
          .listPage(0, chunk.length).forEach(task -> offeredIds.add(task.getId()));
    }
    Map<String, Object> campaignOf = campaignId == null ? Map.of() : asSystem.get(() -> campaignsOf(visible.values()));
    List<Problem> unknown = new ArrayList<>();
    List<Problem> notTheirs = new ArrayList<>();
    List<Problem> taken = new ArrayList<>();
    List<Problem> wrong = new ArrayList<>();
    Map<String, Task> offered = new HashMap<>();
    for (Line line : lines) {
      int row = line.row().number();
      Task task = visible.get(line.taskId());
      if (task == null) {
        Optional<String> done = finishedFor(actor, line.taskId());
        if (done.isPresent()) {
          taken.add(new Problem(row, "A", done.get()));
        } else {
          unknown.add(new Problem(row, "A", "没有您可以办理的任务「" + line.taskId() + "」"));
        }
      } else if (!offeredIds.contains(task.getId())) {
        notTheirs.add(new Problem(row, "A", "任务「" + task.getName() + "」不是交给您所在的区镇组织部门办理的"));
      } else if (task.getAssignee() != null && !task.getAssignee().equals(actor.userId())) {
        taken.add(new Problem(row, "A", "任务「" + task.getName() + "」已由 " + task.getAssignee() + " 认领"));
      } else if (!SCORING_TASKS.containsKey(task.getTaskDefinitionKey())
          || !AssessmentProcessVariables.PROCESS_KEY.equals(definitionKeyOf(task))) {
        wrong.add(new Problem(row, "A", "任务「" + task.getName() + "」不是年度考核的评分任务"));
      } else if (campaignId != null && !(campaignOf.get(task.getProcessInstanceId()) instanceof Number n
          && n.longValue() == campaignId)) {
        wrong.add(new Problem(row, "A", "任务「" + task.getName() + "」不属于考核活动 " + campaignId));
      } else {
        offered.put(task.getId(), task);
      }
    }
    if (!unknown.isEmpty()) {
      throw refusal(HttpStatus.NOT_FOUND, unknown);
    }
    if (!notTheirs.isEmpty()) {
      throw refusal(HttpStatus.FORBIDDEN, notTheirs);
    }
    if (!taken.isEmpty()) {
      throw refusal(HttpStatus.CONFLICT, taken);
    }
    if (!wrong.isEmpty()) {
      throw refusal(HttpStatus.BAD_REQUEST, wrong);
    }
    return offered;
  }

  private String definitionKeyOf(Task task) {
    String definitionId = task.getProcessDefinitionId();
    return definitionId == null ? null : definitionId.substring(0, Math.max(0, definitionId.indexOf(':')));
  }

  /** The header row names each column of the form once; a header the form does not have is refused. */
  private static Map<String, Integer> headerColumns(Upload upload, FormColumns form, List<Problem> problems) {
    Map<String, Integer> byLabel = new HashMap<>();
    upload.headers().forEach((column, label) -> {
      if (column >= ScoreSheetWorkbook.FIRST_FIELD_COLUMN && !label.isEmpty()) {
        byLabel.putIfAbsent(label, column);
      }
    });
    Map<String, Integer> columns = new LinkedHashMap<>();
    Set<String> labels = new HashSet<>();
    for (Column column : form.columns()) {
      labels.add(column.label());
      Integer index = byLabel.get(column.label());
      if (index == null) {
        problems.add(new Problem(1, null, "缺少「" + column.label() + "」列：请使用下载的评分表，不要删改表头"));
      } else {
        columns.put(column.key(), index);
      }
    }
    upload.headers().forEach((column, label) -> {
      if (column >= ScoreSheetWorkbook.FIRST_FIELD_COLUMN && !label.isEmpty() && !labels.contains(label)) {
        problems.add(new Problem(1, ScoreSheetWorkbook.letter(column), "评分表单没有「" + abbreviated(label) + "」这一项"));
      }
    });
    return columns;
  }

  /**
   * A row's cells as the form's variables, each judged as a Tasklist submission of the form is: the
   * browser's rules (required, number, decimal places) and the server's ({@link FormFields}). Null
   * when a cell is refused (the problems say which).
   */
  private Map<String, Object> readRow(UploadRow row, FormColumns form, Map<String, Integer> columns,
      List<Problem> problems) {
    Map<String, Object> variables = new LinkedHashMap<>();
    boolean ok = true;
    for (Column column : form.columns()) {
      int index = columns.get(column.key());
      String letter = ScoreSheetWorkbook.letter(index);
      CellValue cell = row.cell(index);
      String label = "「" + column.label() + "」";
      Object value;
      if (cell.formula()) {
        problems.add(new Problem(row.number(), letter, label + "使用了公式：请直接填写数值（公式不计算，也不取其结果）"));
        ok = false;
        continue;
      }
      if (cell.error()) {
        problems.add(new Problem(row.number(), letter, label + "是错误值 " + cell.text()));
        ok = false;
        continue;
      }
      if (cell.isBlank()) {
        if (column.required()) {
          problems.add(new Problem(row.number(), letter, "请填写" + label));
          ok = false;
        } else if (!column.isNumber()) {
          variables.put(column.key(), null);
        }
        continue;
      }
      if (column.isNumber()) {
        String text = Normalizer.normalize(cell.text().strip(), Normalizer.Form.NFKC);
        BigDecimal number;
        try {
          number = new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
          problems.add(new Problem(row.number(), letter, label + "应为数字，收到「" + abbreviated(cell.text()) + "」"));
          ok = false;
          continue;
        }
        value = asFormNumber(number);
      } else {
        value = cell.text();
      }
      Optional<String> problem = form.fields().problemWith(column.key(), json.valueToTree(value),
          LocalDate.now(clock.withZone(zone)));
      if (problem.isPresent()) {
        problems.add(new Problem(row.number(), letter, problem.get()));
        ok = false;
      } else {
        variables.put(column.key(), value);
      }
    }
    return ok ? variables : null;
  }

  /** A number as a submitted form carries it: a whole number as an integer, else a double. */
  private static Object asFormNumber(BigDecimal number) {
    BigDecimal plain = number.stripTrailingZeros();
    if (plain.scale() <= 0) {
      try {
        return plain.intValueExact();
      } catch (ArithmeticException tooLarge) {
        return plain.doubleValue();
      }
    }
    return plain.doubleValue();
  }

  /**
   * The score decision of the policy on the row, as the form's end listener runs it
   * ({@link AssessmentService#recordScore}): its refusal names the item, which names the column.
   */
  private void judgeByRules(int row, AssessmentPolicy policy, Map<String, Object> variables, FormColumns form,
      Map<String, Integer> columns, List<Problem> problems) {
    try {
      decisions.decide(policy.scoreDecision(), ScoreSheet.facts(ScoreSheet.read(policy, variables::get)));
    } catch (InvalidFactsException refused) {
      Integer index = columns.get(refused.field());
      String prefix = refused.field() + ": ";
      String message = refused.getMessage().startsWith(prefix) ? refused.getMessage().substring(prefix.length())
          : refused.getMessage();
      problems.add(new Problem(row, index == null ? singleColumn(form, columns) : ScoreSheetWorkbook.letter(index),
          index == null ? message : "「" + form.labelOf(refused.field()) + "」" + message));
    } catch (InvalidRequestException refused) {
      problems.add(new Problem(row, singleColumn(form, columns), refused.getMessage()));
    }
  }

  /** The one column of a form that has one (the points ledger), else none. */
  private static String singleColumn(FormColumns form, Map<String, Integer> columns) {
    return form.columns().size() == 1 ? ScoreSheetWorkbook.letter(columns.get(form.columns().get(0).key())) : null;
  }

  /**
   * Every row through Tasklist's path, in one transaction: claimed for the user where nobody holds
   * it, then the form submitted as the user. The first refusal rolls every row back.
   */
  private void submit(List<Submission> submissions, Actor actor) {
    Failure failure = transaction.execute(status -> {
      for (Submission submission : submissions) {
        try {
          if (submission.task().getAssignee() == null) {
            tasks.claim(submission.task().getId(), actor.userId());
          }
          forms.submitTaskForm(submission.task().getId(), new HashMap<>(submission.variables()));
        } catch (RuntimeException e) {
          status.setRollbackOnly();
          return new Failure(submission, e);
        }
      }
      return null;
    });
    if (failure != null) {
      throw refusalOf(failure, actor);
    }
  }

  private record Failure(Submission submission, RuntimeException cause) {
  }

  private BulkScoringRefusal refusalOf(Failure failure, Actor actor) {
    int row = failure.submission().line().row().number();
    Task task = failure.submission().task();
    RuntimeException cause = failure.cause();
    InvalidRequestException refusal = EngineRefusals.refusalIn(cause);
    if (refusal != null) {
      return refusal(HttpStatus.BAD_REQUEST, List.of(new Problem(row, null, refusal.getMessage())));
    }
    if (cause instanceof AuthorizationException) {
      return refusal(HttpStatus.FORBIDDEN, List.of(new Problem(row, "A", "您无权办理任务「" + task.getName() + "」")));
    }
    Optional<String> done = finishedFor(actor, task.getId());
    if (done.isPresent()) {
      return refusal(HttpStatus.CONFLICT, List.of(new Problem(row, "A", done.get())));
    }
    if (cause instanceof ProcessEngineException) {
      log.warn("Bulk scoring of task {} (row {}) failed: {}", task.getId(), row, cause.toString());
      return refusal(HttpStatus.CONFLICT, List.of(new Problem(row, "A", "任务「" + task.getName()
          + "」刚刚已被他人认领或办理，请重新下载评分表")));
    }
    throw cause;
  }

  private static BulkScoringRefusal refusal(HttpStatus status, List<Problem> problems) {
    String lead = switch (status) {
      case NOT_FOUND -> "评分表中有您不能办理的任务，未记录任何评分：";
      case FORBIDDEN -> "评分表中有不是交给您办理的任务，未记录任何评分：";
      case CONFLICT -> "评分表中有任务已被他人办理或认领，未记录任何评分，请重新下载评分表：";
      default -> "评分表有 " + problems.size() + " 处错误，未记录任何评分：";
    };
    return new BulkScoringRefusal(status, lead, problems);
  }

  /** The task was completed, offered to the caller's group or held by the caller: who and when. */
  private Optional<String> finishedFor(Actor actor, String taskId) {
    return asSystem.get(() -> {
      HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
      if (done == null || !"completed".equals(done.getDeleteReason()) || !wasOffered(done, actor)) {
        return Optional.empty();
      }
      String by = done.getAssignee() == null ? "他人" : done.getAssignee();
      return Optional.of("任务「" + done.getName() + "」已由 " + by + " 于 "
          + MINUTE.format(done.getEndTime().toInstant().atZone(zone)) + " 办理完成");
    });
  }

  private boolean wasOffered(HistoricTaskInstance task, Actor actor) {
    return actor.userId().equals(task.getAssignee())
        || history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type(IdentityLinkType.CANDIDATE).list()
            .stream().anyMatch(link -> actor.userId().equals(link.getUserId())
                || link.getGroupId() != null && actor.groups().contains(link.getGroupId()));
  }

  // ---------------------------------------------------------------------------------------------
  // Shared

  /** Bulk scoring is the town organisation department's (DOMAIN.md: 区镇组织部门 … scoring). */
  private static List<String> organisationGroupsOf(Actor actor) {
    List<String> groups = actor.isSystem() ? List.of()
        : actor.groups().stream().filter(group -> group.startsWith(TOWN_ORG)).sorted().toList();
    if (groups.isEmpty()) {
      throw new BulkScoringRefusal(HttpStatus.FORBIDDEN, "只有区镇组织部门可以下载和上传评分表", List.of());
    }
    return groups;
  }

  /** The variables each row shows, read as the application once the caller's own query found the tasks. */
  private Map<String, Map<String, Object>> variablesOf(List<Task> open) {
    List<String> instances = open.stream().map(Task::getProcessInstanceId).distinct().toList();
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    asSystem.run(() -> {
      for (int from = 0; from < instances.size(); from += CHUNK) {
        List<VariableInstance> found = runtime.createVariableInstanceQuery()
            .processInstanceIdIn(instances.subList(from, Math.min(instances.size(), from + CHUNK)).toArray(String[]::new))
            .variableNameIn(WORKER_ID, WORKER_NAME, TOWN_NAME, CAMPAIGN_ID).list();
        for (VariableInstance variable : found) {
          if (variable.getExecutionId().equals(variable.getProcessInstanceId())) {
            byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                .put(variable.getName(), variable.getValue());
          }
        }
      }
    });
    instances.forEach(id -> byInstance.putIfAbsent(id, new HashMap<>()));
    return byInstance;
  }

  private Map<String, Object> campaignsOf(java.util.Collection<Task> found) {
    Map<String, Object> byInstance = new HashMap<>();
    List<String> instances = found.stream().map(Task::getProcessInstanceId).filter(id -> id != null).distinct().toList();
    for (int from = 0; from < instances.size(); from += CHUNK) {
      runtime.createVariableInstanceQuery()
          .processInstanceIdIn(instances.subList(from, Math.min(instances.size(), from + CHUNK)).toArray(String[]::new))
          .variableName(CAMPAIGN_ID).list().stream()
          .filter(variable -> variable.getExecutionId().equals(variable.getProcessInstanceId()))
          .forEach(variable -> byInstance.put(variable.getProcessInstanceId(), variable.getValue()));
    }
    return byInstance;
  }

  /** Which form a task shows: its deployment's form of that task. */
  private String formOf(Task task) {
    return task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
  }

  /** The editable fields of a task's deployed form, in the form's order, and the form's validation. */
  private FormColumns formColumns(String taskId) {
    return asSystem.get(() -> {
      byte[] form;
      try (InputStream in = forms.getDeployedTaskForm(taskId)) {
        form = in.readAllBytes();
      } catch (IOException | ProcessEngineException e) {
        throw new IllegalStateException("No Camunda Form for scoring task " + taskId, e);
      }
      try {
        List<Column> columns = new ArrayList<>();
        collect(json.readTree(form).path("components"), columns);
        return new FormColumns(columns, FormFields.parse(new java.io.ByteArrayInputStream(form), json));
      } catch (IOException e) {
        throw new IllegalStateException("Unreadable Camunda Form of task " + taskId, e);
      }
    });
  }

  private static void collect(JsonNode components, List<Column> columns) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      boolean editable = !component.path("readonly").asBoolean(false) && !component.path("disabled").asBoolean(false);
      if (component.hasNonNull("key") && editable && Set.of("number", "textfield", "textarea").contains(type)) {
        JsonNode validate = component.path("validate");
        columns.add(new Column(component.get("key").asText(), component.path("label").asText(component.get("key")
            .asText()), type, decimal(validate.path("min")), decimal(validate.path("max")),
            validate.path("maxLength").isNumber() ? validate.path("maxLength").intValue() : null,
            component.path("decimalDigits").isNumber() ? component.path("decimalDigits").intValue() : null,
            validate.path("required").asBoolean(false), component.path("description").asText(null)));
      }
      collect(component.path("components"), columns);
    }
  }

  private static BigDecimal decimal(JsonNode node) {
    return node.isNumber() ? node.decimalValue() : null;
  }

  /** The columns a form gives the sheet, and the form's own validation of each value. */
  record FormColumns(List<Column> columns, FormFields fields) {

    boolean hasRequired() {
      return columns.stream().anyMatch(Column::required);
    }

    String labelOf(String key) {
      return columns.stream().filter(column -> column.key().equals(key)).map(Column::label).findFirst().orElse(key);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof FormColumns that && that.columns.equals(columns);
    }

    @Override
    public int hashCode() {
      return columns.hashCode();
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String abbreviated(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
