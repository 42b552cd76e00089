package org.partyaffairs.workforce.dossier;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.partyaffairs.workforce.absence.Absence;
import org.partyaffairs.workforce.absence.AbsenceRepository;
import org.partyaffairs.workforce.assessment.Assessment;
import org.partyaffairs.workforce.assessment.AssessmentService;
import org.partyaffairs.workforce.dismissal.Dismissal;
import org.partyaffairs.workforce.dismissal.DismissalRepository;
import org.partyaffairs.workforce.dossier.Dossier.AbsenceYear;
import org.partyaffairs.workforce.dossier.Dossier.Application;
import org.partyaffairs.workforce.dossier.Dossier.AssessmentYear;
import org.partyaffairs.workforce.dossier.Dossier.Facts;
import org.partyaffairs.workforce.dossier.Dossier.Filing;
import org.partyaffairs.workforce.dossier.Dossier.Line;
import org.partyaffairs.workforce.dossier.Dossier.WarningRecord;
import org.partyaffairs.workforce.organisation.OrganisationUnit;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.post.Post;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.probation.ProbationService;
import org.partyaffairs.workforce.probation.ProbationStatus;
import org.partyaffairs.workforce.recruitment.Candidate;
import org.partyaffairs.workforce.recruitment.RecruitmentService;
import org.partyaffairs.workforce.resignation.Resignation;
import org.partyaffairs.workforce.resignation.ResignationService;
import org.partyaffairs.workforce.rules.DecisionRecord;
import org.partyaffairs.workforce.rules.DecisionRecordRepository;
import org.partyaffairs.workforce.security.AsSystem;
import org.partyaffairs.workforce.training.TrainingRecords;
import org.partyaffairs.workforce.warning.Warning;
import org.partyaffairs.workforce.warning.WarningRepository;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.VisibleWorkers;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compiles a worker's dossier from the capabilities' records and the engine's history: the worker
 * is read through {@link VisibleWorkers} first, so another town's or an unknown worker is 404 before
 * anything else is looked at. The engine is then read as the application ({@link AsSystem}): the
 * user's right is the right to the worker, not to each instance (a worker reads who decided on
 * their resignation, which Tasklist would not show them).
 *
 * <p>Every process about a worker carries {@code workerId}; its instances, running and ended, are
 * the dossier's backbone: their completed tasks, the decisions recorded in them, what they filed.
 */
@Service
@Transactional(readOnly = true)
class DossierService {

  static final String WORKER_ID = "workerId";
  static final String CANDIDATE_GROUP_LABEL = "待 %s 办理";
  /**
   * The only variables the dossier reads: plain values. (Reading every variable would meet
   * serialized objects, whose value is not there without deserializing them.)
   */
  static final String[] READ_VARIABLES = {"hiredOn", "mentorName", "mentorPosition", "assessmentId", "year"};

  private final VisibleWorkers workers;
  private final Trail trail;
  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;
  private final AsSystem asSystem;
  private final OrganisationUnitRepository units;
  private final PostRepository posts;
  private final DecisionRecordRepository decisions;
  private final AssessmentService assessments;
  private final AbsenceRepository absences;
  private final WarningRepository warnings;
  private final ResignationService resignations;
  private final DismissalRepository dismissals;
  private final ProbationService probations;
  private final RecruitmentService recruitments;
  private final TrainingRecords trainings;
  private final ObjectMapper json;

  DossierService(VisibleWorkers workers, Trail trail, HistoryService history, TaskService tasks,
      IdentityService identity, AsSystem asSystem,
      OrganisationUnitRepository units, PostRepository posts, DecisionRecordRepository decisions,
      AssessmentService assessments, AbsenceRepository absences, WarningRepository warnings,
      ResignationService resignations, DismissalRepository dismissals, ProbationService probations,
      RecruitmentService recruitments, TrainingRecords trainings, ObjectMapper json) {
    this.trainings = trainings;
    this.probations = probations;
    this.recruitments = recruitments;
    this.workers = workers;
    this.trail = trail;
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
    this.asSystem = asSystem;
    this.units = units;
    this.posts = posts;
    this.decisions = decisions;
    this.assessments = assessments;
    this.absences = absences;
    this.warnings = warnings;
    this.resignations = resignations;
    this.dismissals = dismissals;
    this.json = json;
  }

  /** The worker as the current user may read them; 404 in Chinese otherwise. */
  Worker visibleWorker(long workerId) {
    return workers.get(workerId);
  }

  Dossier of(long workerId) {
    Worker worker = workers.get(workerId);
    List<HistoricProcessInstance> instances = asSystem.get(() -> history.createHistoricProcessInstanceQuery()
        .variableValueEquals(WORKER_ID, worker.getId()).orderByProcessInstanceStartTime().asc().list());
    Map<String, HistoricProcessInstance> byId = instances.stream()
        .collect(Collectors.toMap(HistoricProcessInstance::getId, i -> i, (a, b) -> a, LinkedHashMap::new));
    Map<String, Map<String, Object>> variables = variablesOf(byId.keySet());

    List<Line> timeline = new ArrayList<>();
    Map<String, String> people = new HashMap<>();
    for (TrailEntry entry : trail.of(worker)) {
      timeline.add(new Line(entry.getOccurredAt(), stageOf(entry.getProcessInstanceId(), byId).label, "记录",
          entry.getEvent(), TrailEvents.label(entry.getEvent()), entry.getDetail(), person(entry.getActor(), people),
          entry.getArticle(), entry.getProcessInstanceId()));
    }
    for (HistoricTaskInstance task : completedTasks(byId.keySet())) {
      Stage stage = stageOf(task.getProcessInstanceId(), byId);
      timeline.add(new Line(task.getEndTime().toInstant(), stage.label, "办理", task.getTaskDefinitionKey(),
          task.getName(),
          "办理完成" + (task.getDeleteReason() == null || "completed".equals(task.getDeleteReason()) ? ""
              : "（" + task.getDeleteReason() + "）"),
          task.getAssignee() == null ? "—" : person(task.getAssignee(), people), stage.article,
          task.getProcessInstanceId()));
    }
    // One query for the decisions of all the worker's instances, not one per instance.
    List<DecisionRecord> decided = byId.isEmpty() ? List.of()
        : decisions.findByProcessInstanceIdInOrderById(byId.keySet());
    for (DecisionRecord decision : decided) {
      if (concernsWorker(decision, worker)) {
        timeline.add(decisionLine(decision, stageOf(decision.getProcessInstanceId(), byId)));
      }
    }
    timeline.sort(Comparator.comparing(Line::at));

    return new Dossier(facts(worker, instances, variables), inFlight(instances), assessmentYears(instances, variables),
        absenceYears(worker), warningRecords(instances), filings(worker, instances), trainings.of(worker.getId()),
        timeline);
  }

  private Facts facts(Worker worker, List<HistoricProcessInstance> instances, Map<String, Map<String, Object>> variables) {
    String town = units.findById(worker.getTownCode()).map(OrganisationUnit::getName).orElse(worker.getTownCode());
    String post = posts.findByWorkerId(worker.getId()).map(Post::getStation).orElse(null);
    Optional<HistoricProcessInstance> probation = instances.stream()
        .filter(i -> "ProbationProcess".equals(i.getProcessDefinitionKey())).reduce((first, later) -> later);
    // The probation's own outcome (试用期中, 试用期合格, 取消资格), else whether its process has ended.
    String probationState = probations.latestOf(worker.getId()).map(p -> p.getStatus().label())
        .orElse(probation.map(i -> i.getEndTime() == null ? "试用期中" : "试用期已结束").orElse(null));
    Map<String, Object> probationVariables = probation.map(i -> variables.getOrDefault(i.getId(), Map.of()))
        .orElse(Map.of());
    Object hiredOn = probationVariables.get("hiredOn");
    Object mentorName = probationVariables.get("mentorName");
    Object mentorPosition = probationVariables.get("mentorPosition");
    String mentor = mentorName == null ? null
        : mentorName + (mentorPosition == null ? "" : "（" + mentorPosition + "）");
    return new Facts(worker.getId(), worker.getName(), worker.getTownCode(), town, post, worker.getStatus().label(),
        worker.isUnderWarning(), worker.isAssessmentEligible(), hiredOn == null ? null : hiredOn.toString(),
        probationState, mentor);
  }

  private List<Application> inFlight(List<HistoricProcessInstance> instances) {
    List<Application> open = new ArrayList<>();
    for (HistoricProcessInstance instance : instances) {
      if (instance.getEndTime() != null) {
        continue;
      }
      List<String> waitingAt = new ArrayList<>();
      for (Task task : asSystem.get(() -> tasks.createTaskQuery().processInstanceId(instance.getId()).list())) {
        List<String> who = asSystem.get(() -> tasks.getIdentityLinksForTask(task.getId())).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(link -> groupName(link.getGroupId())).toList();
        String whose = task.getAssignee() != null ? task.getAssignee() : String.join("、", who);
        waitingAt.add(task.getName() + (whose.isBlank() ? "" : "（" + String.format(CANDIDATE_GROUP_LABEL, whose) + "）"));
      }
      if (waitingAt.isEmpty()) {
        waitingAt.add("系统处理中");
      }
      Stage stage = Stage.ofProcess(instance.getProcessDefinitionKey());
      open.add(new Application(instance.getId(), instance.getBusinessKey(),
          Objects.requireNonNullElse(instance.getProcessDefinitionName(), stage.label), stage.label,
          instance.getStartTime().toInstant(), waitingAt));
    }
    return open;
  }

  private List<AssessmentYear> assessmentYears(List<HistoricProcessInstance> instances,
      Map<String, Map<String, Object>> variables) {
    List<AssessmentYear> years = new ArrayList<>();
    for (HistoricProcessInstance instance : instances) {
      if (!"AnnualAssessmentProcess".equals(instance.getProcessDefinitionKey())) {
        continue;
      }
      // Opened by the process's first service task, which then sets assessmentId; asked only then.
      Map<String, Object> own = variables.getOrDefault(instance.getId(), Map.of());
      if (own.get("assessmentId") == null) {
        continue;
      }
      Assessment assessment = assessments.find(Long.valueOf(own.get("assessmentId").toString()));
      Object year = own.get("year");
      years.add(new AssessmentYear(year == null ? null : Integer.valueOf(year.toString()), assessment.getScore(),
          assessment.getGradeLabel(), assessment.getStatus().label(), assessment.getGradeExplanation(),
          items(assessment.getScoreInput()), instance.getId()));
    }
    return years;
  }

  /** The score items as entered (the form's fields and values), as one readable line. */
  private String items(String scoreInput) {
    if (scoreInput == null || scoreInput.isBlank()) {
      return null;
    }
    try {
      Map<String, Object> values = json.readValue(scoreInput, new TypeReference<LinkedHashMap<String, Object>>() {});
      return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("；"));
    } catch (Exception notAMap) {
      return scoreInput;
    }
  }

  private List<AbsenceYear> absenceYears(Worker worker) {
    Map<Integer, List<LocalDate>> byYear = new TreeMap<>();
    for (Absence absence : absences.findByWorkerIdAndAbsentOnBetweenOrderByAbsentOn(worker.getId(),
        LocalDate.of(1990, 1, 1), LocalDate.of(2999, 12, 31))) {
      byYear.computeIfAbsent(absence.getAbsentOn().getYear(), y -> new ArrayList<>()).add(absence.getAbsentOn());
    }
    return byYear.entrySet().stream().map(e -> new AbsenceYear(e.getKey(), e.getValue().size(), e.getValue())).toList();
  }

  private List<WarningRecord> warningRecords(List<HistoricProcessInstance> instances) {
    return instances.stream().filter(i -> "WarningTalkProcess".equals(i.getProcessDefinitionKey()))
        .map(i -> warnings.findByProcessInstanceId(i.getId())).flatMap(Optional::stream)
        .map(DossierService::warningRecord).toList();
  }

  private static WarningRecord warningRecord(Warning warning) {
    return new WarningRecord(warning.getGround().label(), warning.getReason(), warning.getStatus().label(),
        warning.getTalkOn(), warning.getPeriodEndsAt(), warning.getEvaluation(), warning.businessKey());
  }

  private List<Filing> filings(Worker worker, List<HistoricProcessInstance> instances) {
    List<Filing> filed = new ArrayList<>();
    // The hire (000 第六条): its notice carries the contract number; every hired worker has one.
    if (trail.of(worker).stream().anyMatch(entry -> "HIRED".equals(entry.getEvent()))) {
      Optional<Candidate> hire = recruitments.hireOf(worker.getId());
      filed.add(new Filing("聘用通知", hire.map(c -> c.getPlan().businessKey()).orElse("—"), "已聘用",
          hire.map(Candidate::getContractNumber).orElse("—"), Stage.RECRUITMENT.article, "appointment.pdf"));
    }
    probations.latestOf(worker.getId()).filter(p -> p.getStatus() == ProbationStatus.DISQUALIFIED)
        .ifPresent(p -> filed.add(new Filing("试用期取消资格备案", p.businessKey(), p.getStatus().label(),
            p.getFilingNumber(), Stage.PROBATION.article, "probation.pdf")));
    for (HistoricProcessInstance instance : instances) {
      switch (instance.getProcessDefinitionKey()) {
        case "ResignationProcess" -> resignationOf(instance).ifPresent(r -> filed.add(new Filing("辞职备案",
            r.businessKey(), r.getStatus().label(), r.getFilingNumber(), Stage.RESIGNATION.article,
            "resignation.pdf")));
        case "DismissalProcess" -> dismissals.findByProcessInstanceId(instance.getId()).ifPresent(d -> filed.add(
            new Filing("解聘备案", d.businessKey(), d.getStatus().label(), d.getFilingNumber(), Stage.DISMISSAL.article,
                "dismissal.pdf")));
        default -> { }
      }
    }
    return filed;
  }

  /**
   * The resignation a ResignationProcess registered: it sets its business key when it does, so an
   * instance without one has none (asked only then, so that no refusal marks this read's
   * transaction for rollback).
   */
  Optional<Resignation> resignationOf(HistoricProcessInstance instance) {
    return instance.getBusinessKey() == null ? Optional.empty() : Optional.of(resignations.of(instance.getId()));
  }

  /** The worker's process instances of one process, oldest first (for the filing sheets). */
  List<HistoricProcessInstance> instancesOf(Worker worker, String processKey) {
    return asSystem.get(() -> history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .variableValueEquals(WORKER_ID, worker.getId()).orderByProcessInstanceStartTime().asc().list());
  }

  /** The instance's variables as they last stood (history), e.g. a form's fields. */
  Map<String, Object> variablesOf(String processInstanceId) {
    return variablesOf(List.of(processInstanceId)).getOrDefault(processInstanceId, Map.of());
  }

  /** Completed tasks of one instance, in the order they were done. */
  List<HistoricTaskInstance> completedTasks(String processInstanceId) {
    return completedTasks(List.of(processInstanceId));
  }

  /** Per instance: the history's task query takes one instance at a time. */
  private List<HistoricTaskInstance> completedTasks(java.util.Collection<String> instanceIds) {
    List<HistoricTaskInstance> done = new ArrayList<>();
    for (String instanceId : instanceIds) {
      done.addAll(asSystem.get(() -> history.createHistoricTaskInstanceQuery().processInstanceId(instanceId)
          .finished().orderByHistoricTaskInstanceEndTime().asc().list()));
    }
    return done.stream().filter(t -> t.getEndTime() != null && !"deleted".equals(t.getDeleteReason()))
        .sorted(Comparator.comparing(HistoricTaskInstance::getEndTime)).toList();
  }

  private Map<String, Map<String, Object>> variablesOf(java.util.Collection<String> instanceIds) {
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    if (instanceIds.isEmpty()) {
      return byInstance;
    }
    for (HistoricVariableInstance variable : asSystem.get(() -> history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instanceIds.toArray(String[]::new)).variableNameIn(READ_VARIABLES)
        .disableCustomObjectDeserialization().list())) {
      if (variable.getValue() != null && variable.getActivityInstanceId() != null
          && variable.getActivityInstanceId().equals(variable.getProcessInstanceId())) {
        byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    return byInstance;
  }

  /** A decision in one of the worker's instances about someone else (a cohort's quota) is not theirs. */
  private static boolean concernsWorker(DecisionRecord decision, Worker worker) {
    return decision.getSubjectId() == null || !"workerId".equals(decision.getSubjectType())
        || decision.getSubjectId().equals(worker.getId().toString());
  }

  /** A recorded decision in one line: what was decided, by which rules, under which articles. */
  String decisionSummary(Long decisionRecordId) {
    return decisions.findById(decisionRecordId).map(decision -> {
      Line line = decisionLine(decision, Stage.RECORD);
      return line.title() + "；" + line.detail() + "（" + line.article() + "）";
    }).orElse("—");
  }

  private Line decisionLine(DecisionRecord decision, Stage stage) {
    List<Map<String, String>> explanation = explanations(decision.getExplanation());
    String rules = explanation.stream().map(e -> e.getOrDefault("rule", "")).filter(s -> !s.isBlank())
        .collect(Collectors.joining("；"));
    String articles = explanation.stream().map(e -> e.getOrDefault("article", "")).filter(s -> !s.isBlank())
        .distinct().collect(Collectors.joining("、"));
    return new Line(decision.getDecidedAt(), stage.label, "决定", decision.getDecision(),
        "规则决定：" + decision.getDecision(),
        rules.isBlank() ? "（未触发规则）" : rules, "规则引擎", articles.isBlank() ? stage.article : articles,
        decision.getProcessInstanceId());
  }

  private List<Map<String, String>> explanations(String explanation) {
    try {
      return json.readValue(explanation, new TypeReference<List<Map<String, String>>>() {});
    } catch (Exception notAList) {
      return List.of(Map.of("rule", String.valueOf(explanation)));
    }
  }

  /** A user as colleagues know them, e.g. 孙丽（kfq-org）; the id alone for the system or an unknown id. */
  String person(String userId, Map<String, String> known) {
    return known.computeIfAbsent(userId, id -> {
      User user = asSystem.get(() -> identity.createUserQuery().userId(id).singleResult());
      // The accounts keep the person's name as first name (the last name holds their office).
      String name = user == null ? null : Objects.requireNonNullElse(user.getFirstName(), "").strip();
      return name == null || name.isEmpty() ? id : name + "（" + id + "）";
    });
  }

  /** A group as people know it, e.g. 昆山开发区组织部门; its id when it has no name. */
  private String groupName(String groupId) {
    Group group = asSystem.get(() -> identity.createGroupQuery().groupId(groupId).singleResult());
    return group == null || group.getName() == null ? groupId : group.getName();
  }

  private static Stage stageOf(String processInstanceId, Map<String, HistoricProcessInstance> instances) {
    HistoricProcessInstance instance = processInstanceId == null ? null : instances.get(processInstanceId);
    return instance == null ? Stage.RECORD : Stage.ofProcess(instance.getProcessDefinitionKey());
  }
}
