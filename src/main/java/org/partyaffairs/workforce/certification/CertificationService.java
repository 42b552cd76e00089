package org.partyaffairs.workforce.certification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.assessment.AnnualGrades;
import org.partyaffairs.workforce.notice.NoticeService;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.rules.DecisionRecorder;
import org.partyaffairs.workforce.rules.DecisionRecorder.RecordedDecision;
import org.partyaffairs.workforce.rules.facts.CertificationLevel;
import org.partyaffairs.workforce.rules.facts.Grade;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.training.TrainingKind;
import org.partyaffairs.workforce.training.TrainingRecords;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certification of 002 专职资格认证, one worker's application through 个人申报、组织审核、培训测试、实地走访、综合评定和
 * 结果公示 to the numbered certificate (统一颁发等级证书).
 *
 * <p>The reading: a worker applies for the first level (初级) or the one above the level held
 * (完善定期晋级制度); the conditions — the training test passed since the start of the year before the
 * round (测试合格后方可参加资格认证和等级晋升: a test of either kind, or attending a training without one,
 * as {@code TrainingRecords.hasPassed} counts it), the full years in service from the hire to the day
 * the round opened, and the confirmed annual grades of the years before the round — are decided by
 * certification-eligibility, whose thresholds are the city's rule rows. The town organisation
 * department cannot pass an application that does not meet them.
 */
@Service
@Transactional
public class CertificationService {

  static final Set<CertificateStatus> IN_FORCE = EnumSet.of(CertificateStatus.ISSUED, CertificateStatus.SUSPENDED);

  /** The notice entries this capability owns (NoticeEntryOwner). */
  static final String NOTICE_RECORD_TYPE = "certification-application";
  static final String NOT_CERTIFIED_VALUE = "不予认定";

  /** certification-eligibility's reasons as the forms, the trail and the API say them. */
  private static final Map<String, String> REASONS = Map.of(
      "LEVEL_NOT_NEXT", "申报等级不是首次的初级或现持等级的上一级",
      "TRAINING_TEST_NOT_PASSED", "尚无合格的培训测试记录",
      "TOO_FEW_YEARS", "任职年限不足",
      "GRADES_MISSING", "最近年度考核记录不全",
      "GRADE_TOO_LOW", "最近年度考核有低于合格（称职）的等次",
      "TOO_FEW_EXCELLENT", "最近年度考核优秀次数不足");

  static final Map<Grade, String> GRADE_LABELS = Map.of(Grade.EXCELLENT, "优秀", Grade.QUALIFIED, "合格（称职）",
      Grade.BASIC, "基本合格（基本称职）", Grade.FAIL, "不合格（不称职）");

  private final CertificationApplicationRepository applications;
  private final CertificationRoundRepository rounds;
  private final CertificateRepository certificates;
  private final WorkerRepository workers;
  private final AnnualGrades grades;
  private final TrainingRecords trainings;
  private final DecisionRecorder recorder;
  private final Trail trail;
  private final OrganisationUnitRepository units;
  private final WorkforceProperties properties;
  private final Clock clock;

  CertificationService(CertificationApplicationRepository applications, CertificationRoundRepository rounds,
      CertificateRepository certificates, WorkerRepository workers, AnnualGrades grades, TrainingRecords trainings,
      DecisionRecorder recorder, Trail trail, OrganisationUnitRepository units, WorkforceProperties properties,
      Clock clock) {
    this.applications = applications;
    this.rounds = rounds;
    this.certificates = certificates;
    this.workers = workers;
    this.grades = grades;
    this.trainings = trainings;
    this.recorder = recorder;
    this.trail = trail;
    this.units = units;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Task_RegisterInvitation: the worker's application of the round, with the level held now; run
   * again (it is synchronous with the start, so only a restarted start runs it twice) it answers the
   * same application.
   */
  public CertificationApplication invite(String processInstanceId, Long workerId, Long roundId) {
    Optional<CertificationApplication> existing = applications.findByProcessInstanceId(processInstanceId);
    if (existing.isPresent()) {
      return existing.get();
    }
    Worker worker = workers.findById(workerId).orElseThrow(() -> new NotFoundException("工作者 " + workerId + " 不存在"));
    if (!worker.inService()) {
      throw new InvalidRequestException("工作者 " + worker.getName() + " 不在岗，不能参加资格认证");
    }
    CertificationRound round = rounds.findById(roundId)
        .orElseThrow(() -> new NotFoundException("资格认证年度 " + roundId + " 不存在"));
    CertificationLevel held = heldLevel(workerId).orElse(null);
    if (held == CertificationLevel.SPECIAL) {
      throw new InvalidRequestException("工作者 " + worker.getName() + " 已持有特级证书，没有更高的等级可申报");
    }
    return applications.saveAndFlush(new CertificationApplication(round, worker, held, processInstanceId));
  }

  /** Task_ApplyForCertification completed with 申报: the level and the statement. */
  public void apply(String processInstanceId, Actor actor, CertificationLevel level, String statement) {
    CertificationApplication application = byProcess(processInstanceId);
    application.apply(level, statement, actor.userId(), clock.instant());
    record(application, "CERTIFICATION_APPLIED", "申报" + application.getRound().label() + "资格认证：" + level.label()
        + (actor.userId().equals(application.getWorker().getUserId()) ? "" : "（由" + actor.userId() + "代为申报）"),
        actor.userId());
  }

  /** Task_ApplyForCertification completed with 本年度不申报. */
  public void decline(String processInstanceId, Actor actor) {
    CertificationApplication application = byProcess(processInstanceId);
    application.decline(actor.userId(), clock.instant());
    record(application, "CERTIFICATION_DECLINED", application.getRound().label() + "不申报资格认证", actor.userId());
  }

  /** Event_ApplicationDeadlinePassed: the deadline passed without an answer. */
  public void deadlinePassed(String processInstanceId) {
    CertificationApplication application = byProcess(processInstanceId);
    if (application.is(ApplicationStatus.INVITED)) {
      application.decline("system", clock.instant());
      record(application, "CERTIFICATION_DECLINED", application.getRound().label() + "资格认证申报截止（"
          + application.getRound().getDeadline() + "），未申报", "system");
    }
  }

  /**
   * Task_CheckEligibility (asynchronous, retried): certification-eligibility on the worker's training
   * test, years in service and grades, kept as a decision record once.
   */
  public CertificationApplication checkEligibility(String processInstanceId) {
    CertificationApplication application = byProcess(processInstanceId);
    if (application.isChecked()) {
      return application;
    }
    Worker worker = application.getWorker();
    CertificationRound round = application.getRound();
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("requestedLevel", application.getRequestedLevel().name());
    if (application.getCurrentLevel() != null) {
      facts.put("currentLevel", application.getCurrentLevel().name());
    }
    facts.put("trainingTestPassed", trainingTestPassed(worker.getId(), round.getYear()));
    facts.put("yearsInService", yearsInService(worker, round));
    facts.put("grades", codes(grades.of(worker.getId())));
    facts.put("year", round.getYear());
    RecordedDecision decided = recorder.decide("certification-eligibility", facts, "workerId",
        worker.getId().toString(), processInstanceId, CertificationProcessVariables.TASK_CHECK_ELIGIBILITY);
    Map<String, Object> answer = decided.result().answer();
    @SuppressWarnings("unchecked")
    List<String> reasons = (List<String>) answer.getOrDefault("reasons", List.of());
    application.checked(Boolean.TRUE.equals(answer.get("eligible")), String.join(",", reasons), decided.recordId());
    record(application, "CERTIFICATION_CHECKED", "核对" + application.getRequestedLevel().label() + "申报条件："
        + eligibilityText(application), "system");
    return application;
  }

  /** Task_ReviewApplication (组织审核). */
  public boolean review(String processInstanceId, Actor actor, boolean pass, String note) {
    CertificationApplication application = byProcess(processInstanceId);
    application.review(pass, note, actor.userId(), clock.instant());
    record(application, "CERTIFICATION_REVIEWED", "组织审核" + (pass ? "通过" : "不通过：" + note), actor.userId());
    return pass;
  }

  /** Task_RecordFieldVisit (实地走访). */
  public void visit(String processInstanceId, Actor actor, LocalDate on, String visitors, String findings) {
    CertificationApplication application = byProcess(processInstanceId);
    application.visit(on, visitors, findings, actor.userId(), today(),
        application.getAppliedAt() == null ? null : application.getAppliedAt().atZone(properties.zone()).toLocalDate());
    record(application, "CERTIFICATION_VISITED", "实地走访（" + on + "，" + visitors + "）：" + findings, actor.userId());
  }

  /** Task_EvaluateApplication (综合评定). */
  public boolean evaluate(String processInstanceId, Actor actor, BigDecimal score, boolean recommend, String opinion) {
    CertificationApplication application = byProcess(processInstanceId);
    application.evaluate(score, recommend, opinion, actor.userId(), clock.instant());
    record(application, "CERTIFICATION_EVALUATED", "综合评定 " + score.stripTrailingZeros().toPlainString() + " 分，"
        + (recommend ? "建议认定为" + application.getRequestedLevel().label() : "不予认定") + "：" + opinion, actor.userId());
    return recommend;
  }

  /** What the notice publishes for the application: one line, the level proposed. */
  @Transactional(readOnly = true)
  public List<NoticeService.Entry> noticeEntries(String processInstanceId) {
    CertificationApplication application = byProcess(processInstanceId);
    return List.of(new NoticeService.Entry(NOTICE_RECORD_TYPE, application.getId().toString(),
        application.getWorker().getName(), proposedValue(application)));
  }

  @Transactional(readOnly = true)
  public String noticeTitle(String processInstanceId) {
    CertificationApplication application = byProcess(processInstanceId);
    return units.getReferenceById(application.getTownCode()).getName() + application.getRound().label()
        + "“两新”组织党务工作者资格认证结果公示";
  }

  static String proposedValue(CertificationApplication application) {
    return "拟认定为" + application.getRequestedLevel().label();
  }

  /** An investigator upholds an objection: only 不予认定 may replace the proposed level. */
  void checkCorrection(String recordId, String value) {
    CertificationApplication application = byId(recordId);
    if (!NOT_CERTIFIED_VALUE.equals(value) && !proposedValue(application).equals(value)) {
      throw new InvalidRequestException("资格认证公示的更正值只能是「" + NOT_CERTIFIED_VALUE + "」或「" + proposedValue(application)
          + "」");
    }
  }

  /** Applies an upheld objection (the notice's correction job; run twice, it changes once). */
  String correct(String recordId, String value, String reason, Actor actor) {
    CertificationApplication application = byId(recordId);
    if (NOT_CERTIFIED_VALUE.equals(value) && application.is(ApplicationStatus.RECOMMENDED)) {
      application.withdrawRecommendation(reason);
      record(application, "CERTIFICATION_CORRECTED", "公示异议核实后不予认定：" + reason, actor.userId());
    }
    return application.is(ApplicationStatus.RECOMMENDED) ? proposedValue(application) : NOT_CERTIFIED_VALUE;
  }

  /**
   * Task_IssueCertificate (asynchronous, retried, idempotent): still recommended after the notice,
   * the certificate is issued and numbered, the lower one it replaces superseded; answers it, or
   * empty when an objection took the recommendation away.
   */
  public Optional<Certificate> issue(String processInstanceId) {
    CertificationApplication application = byProcess(processInstanceId);
    if (application.is(ApplicationStatus.CERTIFIED)) {
      return certificates.findByApplicationId(application.getId());
    }
    if (!application.is(ApplicationStatus.RECOMMENDED)) {
      return Optional.empty();
    }
    certificates.findFirstByWorkerIdAndStatusInOrderByIdDesc(application.getWorker().getId(), IN_FORCE)
        .ifPresent(lower -> lower.supersede("晋级为" + application.getRequestedLevel().label(), clock.instant()));
    Certificate certificate = certificates.saveAndFlush(new Certificate(application.getWorker().getId(),
        application.getTownCode(), application.getRequestedLevel(), today(), application.getId()));
    certificate.numbered();
    application.certified(certificate.getId());
    record(application, "CERTIFICATE_ISSUED", "认定为" + certificate.getLevel().label() + "，颁发等级证书 "
        + certificate.getNumber(), "system");
    return Optional.of(certificate);
  }

  /**
   * Registers a certificate issued before this product kept the rounds (002: 做好持证“两新”组织党务工作者注册登记
   * 工作), numbered as any other; a worker who already holds one in force is left as they are.
   */
  public Optional<Certificate> register(Long workerId, CertificationLevel level, LocalDate issuedOn, String by) {
    Worker worker = workers.findById(workerId).orElseThrow(() -> new NotFoundException("工作者 " + workerId + " 不存在"));
    if (heldLevel(workerId).isPresent()) {
      return Optional.empty();
    }
    Certificate certificate = certificates.saveAndFlush(new Certificate(workerId, worker.getTownCode(), level, issuedOn,
        null));
    certificate.numbered();
    trail.record(worker, "CERTIFICATE_REGISTERED", "登记既有等级证书：" + level.label() + "（" + certificate.getNumber() + "，"
        + issuedOn + "发证）", by, null, Article.JIANGSU_CERTIFICATION);
    return Optional.of(certificate);
  }

  @Transactional(readOnly = true)
  public CertificationApplication byProcess(String processInstanceId) {
    return applications.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotFoundException("流程 " + processInstanceId + " 没有资格认证申报记录"));
  }

  @Transactional(readOnly = true)
  public List<CertificationApplication> of(Worker worker) {
    return applications.findByWorkerIdOrderByIdDesc(worker.getId());
  }

  /** The level the worker holds now (a certificate in force), if any. */
  @Transactional(readOnly = true)
  public Optional<CertificationLevel> heldLevel(Long workerId) {
    return certificates.findFirstByWorkerIdAndStatusInOrderByIdDesc(workerId, IN_FORCE).map(Certificate::getLevel);
  }

  /** The grades as the forms show them: 2024 合格（称职）、2025 优秀, or 无. */
  @Transactional(readOnly = true)
  public String gradesText(Long workerId) {
    Map<Integer, Grade> history = grades.of(workerId);
    return history.isEmpty() ? "无年度考核记录" : history.entrySet().stream()
        .map(entry -> entry.getKey() + " " + GRADE_LABELS.get(entry.getValue())).collect(Collectors.joining("、"));
  }

  @Transactional(readOnly = true)
  public String trainingText(CertificationApplication application) {
    int year = application.getRound().getYear();
    return trainingTestPassed(application.getWorker().getId(), year)
        ? "已通过（" + (year - 1) + "年1月1日以来有合格的培训测试）" : "未通过（" + (year - 1) + "年1月1日以来没有合格的培训测试）";
  }

  @Transactional(readOnly = true)
  public int yearsInService(CertificationApplication application) {
    return yearsInService(application.getWorker(), application.getRound());
  }

  static String eligibilityText(CertificationApplication application) {
    if (application.getEligible() == null) {
      return "尚未核对";
    }
    return application.getEligible() ? "符合" + application.getRequestedLevel().label() + "申报条件"
        : "不符合" + application.getRequestedLevel().label() + "申报条件：" + reasonsText(application.getEligibilityReasons());
  }

  static String reasonsText(String codes) {
    if (codes == null || codes.isBlank()) {
      return "—";
    }
    return List.of(codes.split(",")).stream().map(code -> REASONS.getOrDefault(code, code))
        .collect(Collectors.joining("、"));
  }

  private boolean trainingTestPassed(long workerId, int year) {
    LocalDate since = LocalDate.of(year - 1, 1, 1);
    return trainings.hasPassed(workerId, TrainingKind.REGULAR, since)
        || trainings.hasPassed(workerId, TrainingKind.PRE_POST, since);
  }

  private int yearsInService(Worker worker, CertificationRound round) {
    LocalDate hired = worker.getCreatedAt().atZone(properties.zone()).toLocalDate();
    LocalDate opened = round.getOpenedAt().atZone(properties.zone()).toLocalDate();
    return hired.isAfter(opened) ? 0 : Period.between(hired, opened).getYears();
  }

  private static Map<String, String> codes(Map<Integer, Grade> history) {
    Map<String, String> codes = new LinkedHashMap<>();
    history.forEach((year, grade) -> codes.put(year.toString(), grade.name()));
    return codes;
  }

  private CertificationApplication byId(String recordId) {
    try {
      return applications.findById(Long.valueOf(recordId))
          .orElseThrow(() -> new NotFoundException("资格认证申报 " + recordId + " 不存在"));
    } catch (NumberFormatException e) {
      throw new NotFoundException("资格认证申报 " + recordId + " 不存在");
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(properties.zone()));
  }

  private void record(CertificationApplication application, String event, String detail, String actor) {
    trail.record(application.getWorker(), event, detail, actor, application.getProcessInstanceId(),
        Article.JIANGSU_CERTIFICATION);
  }
}
