package org.partyaffairs.workforce.dismissal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.AsSystem;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.Departures;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dismissal under 000 第十四、十五条 and, in Lanzhou, 001 第十九条. The grounds are the rules'
 * ({@code dismissal-grounds} over the worker's record and what the proposer enters) together with
 * those found before and not yet decided on (an annual FAIL, a failed warning period); without one,
 * nothing is proposed. Each step checks who may take it, refuses anything else before writing, and
 * lands on the worker's trail.
 */
@Service
@Transactional
public class DismissalService {

  static final String SYSTEM = "system";

  private static final Logger log = LoggerFactory.getLogger(DismissalService.class);
  private static final Set<String> ABSENCE_GROUNDS = Set.of("CONSECUTIVE_ABSENCE", "CUMULATIVE_ABSENCE");
  private static final List<DismissalStatus> OPEN =
      Arrays.stream(DismissalStatus.values()).filter(DismissalStatus::isOpen).toList();

  private final DismissalRepository dismissals;
  private final WorkerRepository workers;
  private final DismissalGrounds grounds;
  private final Departures departures;
  private final RuntimeService runtime;
  private final AsSystem asSystem;
  private final Trail trail;
  private final Clock clock;
  private final WorkforceProperties properties;

  DismissalService(DismissalRepository dismissals, WorkerRepository workers, DismissalGrounds grounds,
      Departures departures, RuntimeService runtime, AsSystem asSystem, Trail trail, Clock clock,
      WorkforceProperties properties) {
    this.dismissals = dismissals;
    this.workers = workers;
    this.grounds = grounds;
    this.departures = departures;
    this.runtime = runtime;
    this.asSystem = asSystem;
    this.trail = trail;
    this.clock = clock;
    this.properties = properties;
  }

  /** What the proposer found beyond the records (000 第十四条 2、3、6、7). */
  public record Findings(boolean seriousIncident, boolean publicSecurityPenalty, boolean criminalPenalty,
      boolean administrativeDetention, String otherReason) {

    public static final Findings NONE = new Findings(false, false, false, false, null);
  }

  /**
   * Starts a DismissalProcess as the application, for grounds the rules found on the worker's
   * record (absences, a failed warning period, an annual result). A worker whose dismissal is
   * already open, or who is no longer in service, gets none: the grounds wait on the record.
   *
   * @param policy the rules the ground was found under (a Lanzhou campaign's FAIL needs the city's approval)
   * @return the new process instance, if one was started
   */
  public Optional<String> startFor(Long workerId, String evidence, String policy) {
    Worker worker = workers.lockById(workerId).orElseThrow(() -> new NotFoundException("工作者 " + workerId + " 不存在"));
    Optional<Dismissal> open = dismissals.findFirstByWorkerIdAndStatusIn(workerId, OPEN);
    if (open.isPresent() || worker.getStatus() != WorkerStatus.ACTIVE) {
      log.info("No new dismissal for worker {} ({}, open: {})", workerId, worker.getStatus(),
          open.map(Dismissal::businessKey).orElse("none"));
      return Optional.empty();
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(DismissalProcessVariables.WORKER_ID, workerId);
    variables.put(DismissalProcessVariables.EVIDENCE, evidence);
    variables.put(DismissalProcessVariables.POLICY, policy);
    String[] started = new String[1];
    asSystem.run(() -> started[0] = runtime.startProcessInstanceByKey(DismissalProcessVariables.PROCESS_KEY, variables)
        .getId());
    return Optional.of(started[0]);
  }

  /**
   * Establishes the grounds and registers the proposal. The policy is the city's, unless the
   * application itself starts the dismissal for a ground found under another policy.
   */
  public Dismissal propose(Actor proposer, Long workerId, Findings findings, String evidence, String policy,
      String processInstanceId, String town) {
    if (workerId == null) {
      throw new InvalidRequestException("请填写工作者编号");
    }
    Worker worker = workers.lockById(workerId).orElseThrow(() -> new NotFoundException("工作者 " + workerId + " 不存在"));
    if (!worker.getTownCode().equals(town)) {
      throw new InvalidRequestException("工作者 " + worker.getName() + " 不属于本流程所在区镇 " + town);
    }
    if (!proposer.isSystem() && !proposer.isMemberOf(Groups.townOrg(town))) {
      throw new InvalidRequestException("解聘由工作者所在区镇组织部门提出");
    }
    if (policy != null && !proposer.isSystem()) {
      throw new InvalidRequestException("适用的管理办法由系统按本市设置确定，不能在申请中指定");
    }
    refuseUnlessDismissable(worker);
    List<String> found = establishGrounds(worker, findings, proposer, processInstanceId);
    Dismissal dismissal = dismissals.save(new Dismissal(worker.getId(),
        policy != null ? policy : properties.assessment().policy(), found, findings.otherReason(), evidence,
        processInstanceId, proposer.userId(), clock.instant()));
    grounds.waiting(worker.getId()).forEach(ground -> ground.takeUp(dismissal.getId()));
    trail.record(worker, "DISMISSAL_PROPOSED", "提出解聘，情形：" + String.join("；", describe(found)) + "；证据：" + evidence,
        proposer.userId(), processInstanceId, Article.KUNSHAN_14);
    log.info("Dismissal {} of worker {} proposed by {} on {}", dismissal.getId(), worker.getId(), proposer.userId(),
        found);
    return dismissal;
  }

  private void refuseUnlessDismissable(Worker worker) {
    if (worker.getStatus() == WorkerStatus.PROBATION) {
      throw new InvalidRequestException("工作者 " + worker.getName() + " 尚在试用期，试用期不合格按试用期考核处理，不适用解聘");
    }
    if (worker.getStatus() != WorkerStatus.ACTIVE) {
      throw new InvalidRequestException(
          "工作者 " + worker.getName() + " 当前状态为「" + worker.getStatus().label() + "」，不能解聘");
    }
    dismissals.findFirstByWorkerIdAndStatusIn(worker.getId(), OPEN).ifPresent(open -> {
      throw new InvalidRequestException("工作者 " + worker.getName() + " 已有办理中的解聘程序 " + open.businessKey());
    });
  }

  /** The rules' grounds on today's record, kept as found grounds, and those still waiting from before. */
  private List<String> establishGrounds(Worker worker, Findings findings, Actor proposer, String processInstanceId) {
    int year = LocalDate.now(clock).getYear();
    Set<String> found = new LinkedHashSet<>();
    for (String ground : grounds.onRecord(worker, year, grounds.absentDays(worker.getId(), year), findings,
        processInstanceId, DismissalProcessVariables.TASK_ESTABLISH_DISMISSAL_GROUNDS)) {
      grounds.record(worker.getId(), ground, year, GroundCode.describe(ground),
          proposer.userId(), processInstanceId, Article.KUNSHAN_14);
      found.add(ground);
    }
    grounds.waiting(worker.getId()).forEach(ground -> found.add(ground.getGround()));
    return List.copyOf(found);
  }

  /**
   * After absences were recorded (000 第十四条 1): a run of more than 15 absent working days or more
   * than 30 in the year is a ground, kept once per year, and the first time it is found a dismissal
   * starts. The caller holds the worker's lock, so two records at once find it once.
   *
   * @param activityId the activity recording the absences, as the decision record names it
   * @return the dismissal started, if any
   */
  public Optional<String> considerAbsences(Worker worker, int year, String recordedBy, String processInstanceId,
      String activityId) {
    List<LocalDate> days = grounds.absentDays(worker.getId(), year);
    boolean found = false;
    for (String ground : grounds.onRecord(worker, year, days, Findings.NONE, processInstanceId, activityId)) {
      if (ABSENCE_GROUNDS.contains(ground)) {
        found |= grounds.record(worker.getId(), ground, year, GroundCode.describe(ground),
            recordedBy, processInstanceId, Article.KUNSHAN_14);
      }
    }
    return found ? startFor(worker.getId(), "旷工记录（" + year + "年）：" + days,
        properties.assessment().policy()) : Optional.empty();
  }

  /** Whether a dismissal of the worker is still to be decided or carried out. */
  @Transactional(readOnly = true)
  public boolean isOpenFor(Long workerId) {
    return dismissals.findFirstByWorkerIdAndStatusIn(workerId, OPEN).isPresent();
  }

  /** The town organisation dept's opinion on the proposal. */
  public void draftOpinion(String processInstanceId, Actor org, String opinion) {
    Dismissal dismissal = of(processInstanceId);
    dismissal.draftOpinion(opinion, org.userId());
    trail.record(workerOf(dismissal), "DISMISSAL_OPINION", "区镇组织部门提出处理意见：" + opinion, org.userId(),
        processInstanceId, dismissal.needsCityApproval() ? Article.LANZHOU_19 : Article.KUNSHAN_15);
  }

  /** The town committee's decision; returns whether it dismisses. */
  public boolean decide(String processInstanceId, Actor committee, DismissalDecision decision, String reason) {
    Dismissal dismissal = of(processInstanceId);
    boolean dismiss = dismissal.decide(decision, reason, committee.userId(), clock.instant());
    trail.record(workerOf(dismissal), dismiss ? "DISMISSAL_DECIDED" : "DISMISSAL_RETAINED",
        (dismiss ? "区镇党（工）委决定解聘" : "区镇党（工）委决定不予解聘") + (reason == null ? "" : "：" + reason),
        committee.userId(), processInstanceId, Article.KUNSHAN_15);
    return dismiss;
  }

  /** The city organisation dept's approval (001 第十九条); returns whether it agrees. */
  public boolean approve(String processInstanceId, Actor city, ApprovalDecision decision, String reason) {
    Dismissal dismissal = of(processInstanceId);
    boolean approved = dismissal.approve(decision, reason, city.userId(), clock.instant());
    trail.record(workerOf(dismissal), approved ? "DISMISSAL_APPROVED" : "DISMISSAL_NOT_APPROVED",
        (approved ? "市委组织部研究同意解聘" : "市委组织部不同意解聘") + (reason == null ? "" : "：" + reason),
        city.userId(), processInstanceId, Article.LANZHOU_19);
    return approved;
  }

  /**
   * Employment ends and benefits stop today (000 第十四条); the post falls vacant and every other
   * process about the worker ends. Safe to run again (a retried job): done once.
   *
   * @return the dismissal, with the day benefits ended
   */
  public Dismissal endEmployment(String processInstanceId) {
    Dismissal dismissal = of(processInstanceId);
    if (dismissal.getStatus() == DismissalStatus.EMPLOYMENT_ENDED || dismissal.getStatus() == DismissalStatus.FILED) {
      log.info("Dismissal {} already ended employment", dismissal.getId());
      return dismissal;
    }
    Worker worker = workers.lockById(dismissal.getWorkerId()).orElseThrow();
    LocalDate today = LocalDate.now(clock);
    dismissal.endEmployment(today);
    worker.dismiss();
    trail.record(worker, "WORKER_DISMISSED", "解聘，劳动用工关系解除，各种待遇自 " + today + " 起终止，岗位空缺", SYSTEM,
        processInstanceId, Article.KUNSHAN_14);
    departures.announce(worker, processInstanceId);
    log.info("Worker {} dismissed ({})", worker.getId(), processInstanceId);
    return dismissal;
  }

  /** The city acknowledges the filing (备案, 000 第十五条). */
  public void file(String processInstanceId, Actor city, String filingNumber) {
    Dismissal dismissal = of(processInstanceId);
    dismissal.file(filingNumber, city.userId(), clock.instant());
    trail.record(workerOf(dismissal), "DISMISSAL_FILED", "解聘报市委备案，备案号 " + filingNumber, city.userId(),
        processInstanceId, Article.KUNSHAN_15);
  }

  /** The worker left service another way first: the dismissal ends undecided. */
  public void withdraw(String processInstanceId, String workerLeftAs) {
    Dismissal dismissal = of(processInstanceId);
    dismissal.withdraw("工作者" + workerLeftAs);
    trail.record(workerOf(dismissal), "DISMISSAL_WITHDRAWN", "工作者" + workerLeftAs + "，解聘程序终止", SYSTEM,
        processInstanceId, Article.KUNSHAN_15);
  }

  @Transactional(readOnly = true)
  public Dismissal of(String processInstanceId) {
    return dismissals.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotFoundException("流程 " + processInstanceId + " 没有解聘记录"));
  }

  /** The grounds as the task forms show them. */
  static List<String> describe(Collection<String> codes) {
    List<String> described = new ArrayList<>();
    codes.forEach(code -> described.add(GroundCode.describe(code)));
    return described;
  }

  private Worker workerOf(Dismissal dismissal) {
    return workers.getReferenceById(dismissal.getWorkerId());
  }
}
