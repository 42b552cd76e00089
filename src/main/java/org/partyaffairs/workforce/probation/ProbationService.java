package org.partyaffairs.workforce.probation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.rules.DecisionRecorder;
import org.partyaffairs.workforce.rules.Explanation;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.AsSystem;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two-month probation under 001 第六条 and 第十八条(一)(六). Each step checks who may take it,
 * refuses anything invalid before writing, and lands on the worker's trail.
 */
@Service
@Transactional
public class ProbationService {

  private static final Logger log = LoggerFactory.getLogger(ProbationService.class);
  static final String QUALIFICATION_PROBLEM_MESSAGE = "ProbationQualificationProblem";

  private final ProbationRepository probations;
  private final WorkerRepository workers;
  private final PostRepository posts;
  private final DecisionRecorder decisions;
  private final Trail trail;
  private final RuntimeService runtime;
  private final AsSystem asSystem;
  private final WorkforceProperties properties;
  private final Clock clock;
  private final PrePostTraining prePostTraining;

  ProbationService(ProbationRepository probations, WorkerRepository workers, PostRepository posts,
      DecisionRecorder decisions, Trail trail, RuntimeService runtime, AsSystem asSystem,
      WorkforceProperties properties, Clock clock, PrePostTraining prePostTraining) {
    this.prePostTraining = prePostTraining;
    this.probations = probations;
    this.workers = workers;
    this.posts = posts;
    this.decisions = decisions;
    this.trail = trail;
    this.runtime = runtime;
    this.asSystem = asSystem;
    this.properties = properties;
    this.clock = clock;
  }

  /** The period starts for a worker hired on probation. */
  public Probation open(Long workerId, LocalDate hiredOn, String processInstanceId) {
    Worker worker = workers.findById(workerId)
        .orElseThrow(() -> new NotFoundException("工作者 " + workerId + " 不存在"));
    if (worker.getStatus() != WorkerStatus.PROBATION) {
      throw new InvalidRequestException(
          "工作者 " + worker.getName() + " 当前状态为「" + worker.getStatus().label() + "」，不在试用期");
    }
    if (probations.existsByWorkerIdAndStatus(workerId, ProbationStatus.IN_PROBATION)) {
      throw new InvalidRequestException("工作者 " + worker.getName() + " 已有进行中的试用期");
    }
    Probation probation = probations.save(new Probation(workerId, worker.getTownCode(), hiredOn,
        Probation.PERIOD.endsAt(hiredOn, properties.zone()), processInstanceId));
    trail.record(worker, "PROBATION_STARTED", "试用期开始：" + hiredOn + " 录用，试用期至 "
        + Probation.PERIOD.lastDay(hiredOn) + " 止", "system", processInstanceId, Article.LANZHOU_6);
    return probation;
  }

  public void assignMentor(String processInstanceId, Actor actor, String name, String position) {
    Probation probation = probationOf(processInstanceId);
    requireTownOrg(actor, probation, "指定带教师傅");
    probation.assignMentor(new Mentor(name, position, actor.userId(), clock.instant()));
    trail.record(workerOf(probation), "MENTOR_ASSIGNED", "指定带教师傅：" + name + "（" + position + "）",
        actor.userId(), processInstanceId, Article.LANZHOU_18_6);
  }

  public void commit(String processInstanceId, Actor actor, String work, String integrity, LocalDate madeOn) {
    Probation probation = probationOf(processInstanceId);
    Worker worker = workerOf(probation);
    boolean self = actor.userId().equals(worker.getUserId());
    if (!self) {
      requireTownOrg(actor, probation, "记录公开承诺");
    }
    LocalDate today = LocalDate.now(clock);
    if (madeOn.isAfter(today) || madeOn.isBefore(probation.getHiredOn())) {
      throw new InvalidRequestException("承诺日期应在录用日 " + probation.getHiredOn() + " 至今天 " + today + " 之间，收到 " + madeOn);
    }
    probation.commit(new Commitment(work, integrity, madeOn, actor.userId()));
    trail.record(worker, "COMMITMENT_MADE", madeOn + " 向所联系两新组织公开作出工作承诺和廉洁自律承诺",
        actor.userId(), processInstanceId, Article.LANZHOU_18_1);
  }

  public void review(String processInstanceId, Actor actor, BigDecimal examScore, BigDecimal examPassScore,
      int excellent, int good, int fair, int poor) {
    Probation probation = probationOf(processInstanceId);
    requireTownOrg(actor, probation, "录入试用期考核结果");
    probation.review(new ProbationReview(examScore, examPassScore, excellent, good, fair, poor, actor.userId(),
        clock.instant()), clock.instant());
    trail.record(workerOf(probation), "PROBATION_REVIEWED", "试用期满考试 " + examScore.stripTrailingZeros().toPlainString()
        + " 分；民主测评 优秀 " + excellent + "、良好 " + good + "、一般 " + fair + "、差 " + poor
        // The 任前培训 flag as it stood when the review was recorded (it flags, never decides: 001 第六条).
        + "；任前培训：" + prePostTraining.text(probation.getWorkerId()),
        actor.userId(), processInstanceId, Article.LANZHOU_6);
  }

  /**
   * The probation-outcome decision on the review, kept with its explanation, and its consequence
   * for the worker. A second run (a retried job) finds the probation decided and answers the same.
   */
  public Probation decide(String processInstanceId) {
    Probation probation = probationOf(processInstanceId);
    if (probation.isDecided()) {
      return probation;
    }
    ProbationReview review = probation.getReview();
    DecisionRecorder.RecordedDecision decided = decisions.decide("probation-outcome", Map.of(
        "qualificationsMet", true, "examScore", review.examScore(), "examPassScore", review.examPassScore(),
        "votes", Map.of("excellent", review.excellent(), "good", review.good(), "fair", review.fair(),
            "poor", review.poor())), "workerId", probation.getWorkerId().toString(), processInstanceId,
        ProbationProcessVariables.TASK_DECIDE_PROBATION_OUTCOME);
    @SuppressWarnings("unchecked")
    List<ProbationReason> failed = ((Collection<String>) decided.result().answer().getOrDefault("reasons", List.of()))
        .stream().map(ProbationReason::valueOf).toList();
    probation.decide(failed, decided.recordId(), clock.instant());
    Worker worker = workerOf(probation);
    if (failed.isEmpty()) {
      worker.confirm();
      trail.record(worker, "CONFIRMED", "试用期满考核合格，转为在岗（" + articles(decided.result().explanation()) + "）",
          "system", processInstanceId, Article.LANZHOU_6);
    } else {
      disqualify(worker, "试用期满考核不合格，取消资格：" + labels(failed), processInstanceId);
    }
    log.info("Probation {} of worker {}: {}", probation.getId(), worker.getId(), probation.getStatus());
    return probation;
  }

  /**
   * A qualification problem found during probation (001 第六条: 试用期间发现有不符合…招考资格条件和有关
   * 不得录用情形的): the worker is disqualified at once and the waiting process is interrupted.
   */
  public Probation reportQualificationProblem(Long probationId, Actor actor, String problem) {
    Probation probation = visible(probationId, actor);
    if (!actor.isMemberOf(Groups.CITY_OFFICE)) {
      requireTownOrg(actor, probation, "报告不符合招录条件");
    }
    probation.disqualifyForQualifications(problem, clock.instant());
    probations.flush();
    disqualify(workerOf(probation), "试用期间发现不符合招录条件，取消资格：" + problem, probation.getProcessInstanceId());
    asSystem.run(() -> runtime.createMessageCorrelation(QUALIFICATION_PROBLEM_MESSAGE)
        .processInstanceId(probation.getProcessInstanceId())
        .setVariable(ProbationProcessVariables.DISQUALIFICATION_REASONS, describeReasons(probation))
        .correlate());
    return probation;
  }

  public void file(String processInstanceId, Actor actor, String filingNumber) {
    if (!actor.isSystem() && !actor.isMemberOf(Groups.CITY_OFFICE)) {
      throw new InvalidRequestException("取消资格由市委\"两新\"工委办公室备案");
    }
    Probation probation = probationOf(processInstanceId);
    probation.file(filingNumber, actor.userId(), clock.instant());
    trail.record(workerOf(probation), "DISQUALIFICATION_FILED", "取消资格已备案，备案号 " + filingNumber,
        actor.userId(), processInstanceId, Article.LANZHOU_6);
  }

  /** The reasons as the filing form shows them. */
  public String describeReasons(Probation probation) {
    String reasons = labels(probation.getReasons());
    return probation.getQualificationProblem() == null ? reasons : reasons + "：" + probation.getQualificationProblem();
  }

  /**
   * The worker's latest probation, for the filing sheet (试用期取消资格备案表) and the appointment
   * notice; the caller has checked that the worker is visible.
   */
  @Transactional(readOnly = true)
  public Optional<Probation> latestOf(Long workerId) {
    return probations.findFirstByWorkerIdOrderByIdDesc(workerId);
  }

  @Transactional(readOnly = true)
  public Probation visible(Long id, Actor actor) {
    return probations.findById(id).filter(found -> actor.canActFor(found.getTownCode()))
        .orElseThrow(() -> new NotFoundException("试用期记录 " + id + " 不存在"));
  }

  private void disqualify(Worker worker, String detail, String processInstanceId) {
    worker.disqualify();
    posts.findByWorkerId(worker.getId()).ifPresent(post -> post.vacate());
    trail.record(worker, "DISQUALIFIED", detail, "system", processInstanceId, Article.LANZHOU_6);
  }

  private Probation probationOf(String processInstanceId) {
    return probations.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotFoundException("流程 " + processInstanceId + " 没有试用期记录"));
  }

  private Worker workerOf(Probation probation) {
    return workers.getReferenceById(probation.getWorkerId());
  }

  private static void requireTownOrg(Actor actor, Probation probation, String action) {
    if (!actor.isSystem() && !actor.isMemberOf(Groups.townOrg(probation.getTownCode()))) {
      throw new InvalidRequestException(action + "由工作者所在区镇组织部门办理");
    }
  }

  private static String labels(List<ProbationReason> reasons) {
    return reasons.stream().map(ProbationReason::label).collect(Collectors.joining("；"));
  }

  private static String articles(List<Explanation> explanation) {
    return explanation.stream().map(Explanation::article).distinct().collect(Collectors.joining("、"));
  }
}
