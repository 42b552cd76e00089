package org.partyaffairs.workforce.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.assessment.AnnualGrades;
import org.partyaffairs.workforce.post.Post;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.post.Staffing;
import org.partyaffairs.workforce.rules.DecisionRecorder;
import org.partyaffairs.workforce.rules.DecisionRecorder.RecordedDecision;
import org.partyaffairs.workforce.rules.facts.Grade;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.IllegalTransitionException;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exchanges within the town under 000 第十二条: 在专职党务工作者岗位上工作满5年，表现突出的同志，优先在本区镇内进行
 * 交流使用或重用; 各区镇…交流使用的，须经市委“两新”工委办公室审核同意.
 *
 * <p>The reading: "优先" makes five years and 表现突出 a priority, not a bar. {@code exchange-eligibility}
 * answers whether the worker is a priority; one who is not may still be proposed, but goes to the
 * city office only with the town committee's written reason, which the office reads beside the
 * answer. The proposal names a vacant post of the worker's own town (本区镇内); the worker must be
 * 在岗 (ACTIVE: probation is not yet a post worked in) and may have one open proposal at a time (the
 * worker's row is locked before the check).
 */
@Service
@Transactional
public class ExchangeService {

  private static final Logger log = LoggerFactory.getLogger(ExchangeService.class);

  static final Set<ExchangeStatus> OPEN = EnumSet.of(ExchangeStatus.PROPOSED, ExchangeStatus.APPROVED);

  /** exchange-eligibility's reasons as the forms, the trail and the API say them. */
  private static final Map<String, String> REASONS = Map.of(
      "UNDER_FIVE_YEARS", "在现岗位工作不满5年",
      "GRADES_MISSING", "最近年度考核记录不全",
      "TOO_FEW_EXCELLENT", "最近年度考核优秀次数不足",
      "GRADE_TOO_LOW", "最近年度考核有低于合格的等次");

  /** Grades under 000 第十条's names: the history may span policies, the codes are the same. */
  private static final Map<Grade, String> GRADE_LABELS = Map.of(Grade.EXCELLENT, "优秀", Grade.QUALIFIED, "合格",
      Grade.BASIC, "基本合格", Grade.FAIL, "不合格");

  private final ExchangeRepository exchanges;
  private final WorkerRepository workers;
  private final PostRepository posts;
  private final Staffing staffing;
  private final AnnualGrades grades;
  private final DecisionRecorder recorder;
  private final Trail trail;
  private final ApplicationEventPublisher events;
  private final WorkforceProperties properties;
  private final Clock clock;

  ExchangeService(ExchangeRepository exchanges, WorkerRepository workers, PostRepository posts, Staffing staffing,
      AnnualGrades grades, DecisionRecorder recorder, Trail trail, ApplicationEventPublisher events,
      WorkforceProperties properties, Clock clock) {
    this.exchanges = exchanges;
    this.workers = workers;
    this.posts = posts;
    this.staffing = staffing;
    this.grades = grades;
    this.recorder = recorder;
    this.trail = trail;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The town committee proposes moving a worker of its town to a vacant post of the town; the
   * eligibility is decided and kept with the proposal. Anything refused leaves nothing written.
   *
   * @param town the town the process instance belongs to
   */
  public ExchangeProposal propose(Actor proposer, Long workerId, Long postId, String newRole, String reason,
      String processInstanceId, String town) {
    if (!proposer.isSystem() && !proposer.isMemberOf(Groups.townCommittee(town))) {
      throw new InvalidRequestException("交流建议须由工作者所在区镇党（工）委提出");
    }
    if (workerId == null) {
      throw new InvalidRequestException("请选择交流的工作者");
    }
    if (postId == null) {
      throw new InvalidRequestException("请选择拟交流到的岗位");
    }
    Worker found = workers.findById(workerId).filter(candidate -> proposer.canActFor(candidate.getTownCode()))
        .orElseThrow(() -> new InvalidRequestException("工作者 " + workerId + " 不存在或不属于您所在的区镇"));
    Worker worker = workers.lockById(found.getId()).orElseThrow();
    if (!worker.getTownCode().equals(town)) {
      throw new InvalidRequestException("工作者 " + worker.getName() + " 不属于本流程所在区镇 " + town);
    }
    if (worker.getStatus() != WorkerStatus.ACTIVE) {
      throw new InvalidRequestException("工作者 " + worker.getName() + " 当前状态为「" + worker.getStatus().label()
          + "」，只有在岗的工作者可以交流");
    }
    List<ExchangeProposal> open = exchanges.findByWorkerIdAndStatusIn(worker.getId(), OPEN);
    if (!open.isEmpty()) {
      throw new InvalidRequestException("工作者 " + worker.getName() + " 已有进行中的交流建议 " + open.get(0).businessKey()
          + "（" + open.get(0).getStatus().label() + "），不能重复提出");
    }
    Post to = posts.findById(postId).filter(post -> post.getTownCode().equals(town))
        .orElseThrow(() -> new InvalidRequestException("岗位 " + postId + " 不存在或不属于本区镇：交流限于本区镇内（000 第十二条）"));
    Post from = posts.findByWorkerId(worker.getId())
        .orElseThrow(() -> new InvalidRequestException("工作者 " + worker.getName() + " 没有在岗的岗位记录，无从交流"));
    if (from.getId().equals(to.getId())) {
      throw new InvalidRequestException("岗位「" + to.getStation() + "」就是工作者 " + worker.getName() + " 的现岗位");
    }
    if (!to.isVacant()) {
      throw new InvalidRequestException("岗位「" + to.getStation() + "」已有在岗人员，只能交流到空缺岗位");
    }
    LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
    LocalDate takenUp = (from.getFilledAt() != null ? from.getFilledAt() : worker.getCreatedAt())
        .atZone(properties.zone()).toLocalDate();
    Map<Integer, Grade> history = grades.of(worker.getId());
    RecordedDecision decided = recorder.decide("exchange-eligibility",
        Map.of("postTakenUpOn", takenUp.toString(), "referenceDate", today.toString(), "grades", codes(history)),
        "workerId", worker.getId().toString(), processInstanceId,
        ExchangeProcessVariables.TASK_REGISTER_EXCHANGE_PROPOSAL);
    Map<String, Object> answer = decided.result().answer();
    boolean eligible = Boolean.TRUE.equals(answer.get("eligible"));
    @SuppressWarnings("unchecked")
    List<String> reasons = (List<String>) answer.get("reasons");
    int years = ((Number) answer.get("fullYearsInPost")).intValue();
    ExchangeProposal proposal = exchanges.save(new ExchangeProposal(worker, proposer.userId(), clock.instant(),
        from.getId(), from.getStation(), to.getId(), to.getStation(), newRole, reason, takenUp, years, eligible,
        String.join(",", reasons), decided.recordId(), processInstanceId));
    trail.record(worker, "EXCHANGE_PROPOSED", "区镇党（工）委提出交流：由「" + from.getStation() + "」交流到「"
        + to.getStation() + "」" + (newRole == null ? "" : "，任" + newRole) + "，理由：" + reason + "；"
        + eligibilityText(proposal), proposer.userId(), processInstanceId, Article.KUNSHAN_12);
    log.info("Exchange {} of worker {} proposed by {} (eligible: {})", proposal.getId(), worker.getId(),
        proposer.userId(), eligible);
    return proposal;
  }

  /**
   * The town committee, told the worker is not a priority, goes on with a written reason or
   * withdraws. Returns whether the proposal goes on to the city office.
   */
  public boolean justify(String processInstanceId, Actor actor, Continuation continuation, String justification) {
    ExchangeProposal proposal = of(processInstanceId);
    requireCommittee(actor, proposal);
    if (continuation == Continuation.PROCEED) {
      proposal.justify(actor.userId(), clock.instant(), justification);
      trail.record(proposal.getWorker(), "EXCHANGE_JUSTIFIED", "不符合优先交流条件（" + reasonsText(proposal)
          + "），区镇党（工）委说明理由后继续报请：" + justification, actor.userId(), processInstanceId, Article.KUNSHAN_12);
      return true;
    }
    proposal.withdraw(actor.userId(), clock.instant(), justification);
    trail.record(proposal.getWorker(), "EXCHANGE_WITHDRAWN", "区镇党（工）委撤回交流建议 " + proposal.businessKey()
        + (justification == null ? "" : "：" + justification), actor.userId(), processInstanceId, Article.KUNSHAN_12);
    return false;
  }

  /**
   * The city office consents or refuses (须经市委“两新”工委办公室审核同意); a refusal needs its reason. A
   * consent is refused when the post has been filled or the worker left 在岗 meanwhile: the office
   * then refuses with that reason. Returns whether it consented.
   */
  public boolean review(String processInstanceId, Actor reviewer, ExchangeDecision decision, String note) {
    ExchangeProposal proposal = of(processInstanceId);
    if (!reviewer.isSystem() && !reviewer.isMemberOf(Groups.CITY_OFFICE)) {
      throw new InvalidRequestException("交流须经市委“两新”工委办公室审核同意");
    }
    Worker worker = proposal.getWorker();
    if (decision == ExchangeDecision.APPROVE) {
      Post to = posts.findById(proposal.getToPostId()).orElseThrow();
      if (!to.isVacant()) {
        throw new InvalidRequestException("岗位「" + to.getStation() + "」现已有在岗人员，不能同意交流到该岗位：请选择不同意并说明理由");
      }
      if (worker.getStatus() != WorkerStatus.ACTIVE) {
        throw new InvalidRequestException("工作者 " + worker.getName() + " 现为「" + worker.getStatus().label()
            + "」，不能同意交流：请选择不同意并说明理由");
      }
      proposal.approve(reviewer.userId(), clock.instant(), note);
      trail.record(worker, "EXCHANGE_APPROVED", "市委“两新”工委办公室审核同意交流到「" + proposal.getToStation() + "」"
          + (note == null ? "" : "，意见：" + note), reviewer.userId(), processInstanceId, Article.KUNSHAN_12);
      return true;
    }
    proposal.refuse(reviewer.userId(), clock.instant(), note);
    trail.record(worker, "EXCHANGE_REFUSED", "市委“两新”工委办公室不同意交流到「" + proposal.getToStation() + "」，理由："
        + note + "；岗位不变", reviewer.userId(), processInstanceId, Article.KUNSHAN_12);
    return false;
  }

  /**
   * After the consent: the old post falls vacant, the new one is filled, the trail says so and
   * {@link WorkerExchanged} is published. Safe to run again (a retried job): a proposal already
   * carried out is left as it is.
   */
  public ExchangeProposal move(String processInstanceId) {
    ExchangeProposal proposal = of(processInstanceId);
    if (proposal.getStatus() == ExchangeStatus.EXCHANGED) {
      return proposal;
    }
    Worker worker = workers.lockById(proposal.getWorker().getId()).orElseThrow();
    if (worker.getStatus() != WorkerStatus.ACTIVE) {
      // Left service after the consent: never fill a post with them (the job ends in an incident).
      throw new IllegalTransitionException("工作者 " + worker.getName() + " 现为「" + worker.getStatus().label()
          + "」，不能交流到「" + proposal.getToStation() + "」");
    }
    Staffing.Move move = staffing.move(worker, proposal.getToPostId());
    proposal.exchanged(clock.instant());
    trail.record(worker, "WORKER_EXCHANGED", "交流到「" + proposal.getToStation() + "」"
        + (proposal.getNewRole() == null ? "" : "，任" + proposal.getNewRole()) + "；原岗位「"
        + (move.from() == null ? "—" : move.from().getStation()) + "」空出", "system", processInstanceId,
        Article.KUNSHAN_12);
    events.publishEvent(new WorkerExchanged(worker.getId(), worker.getTownCode(),
        move.from() == null ? null : move.from().getId(), move.to().getId(), processInstanceId));
    log.info("Worker {} exchanged to post {} ({})", worker.getId(), move.to().getId(), processInstanceId);
    return proposal;
  }

  @Transactional(readOnly = true)
  public ExchangeProposal of(String processInstanceId) {
    return exchanges.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotFoundException("流程 " + processInstanceId + " 没有交流建议记录"));
  }

  /** The worker's proposals, the latest first. */
  @Transactional(readOnly = true)
  public List<ExchangeProposal> of(Worker worker) {
    return exchanges.findByWorkerIdOrderByIdDesc(worker.getId());
  }

  /** The annual grades the decision read, oldest first: {@code 2023 合格、2024 优秀}. */
  @Transactional(readOnly = true)
  public String gradesText(Long workerId) {
    Map<Integer, Grade> history = grades.of(workerId);
    return history.isEmpty() ? "无年度考核记录" : history.entrySet().stream()
        .map(entry -> entry.getKey() + " " + GRADE_LABELS.get(entry.getValue())).collect(Collectors.joining("、"));
  }

  /** The answer in words, as the forms and the trail show it. */
  static String eligibilityText(ExchangeProposal proposal) {
    return proposal.isEligible()
        ? "符合优先交流条件（000 第十二条）：在现岗位工作 " + proposal.getFullYearsInPost() + " 个整年（满5年），表现突出"
        : "不符合优先交流条件（000 第十二条）：" + reasonsText(proposal) + "；在现岗位工作 " + proposal.getFullYearsInPost()
            + " 个整年";
  }

  static String reasonsText(ExchangeProposal proposal) {
    return proposal.getEligibilityReasons().isEmpty() ? "—" : List.of(proposal.getEligibilityReasons().split(","))
        .stream().map(code -> REASONS.getOrDefault(code, code)).collect(Collectors.joining("、"));
  }

  private static Map<String, String> codes(Map<Integer, Grade> history) {
    return history.entrySet().stream().collect(Collectors.toMap(entry -> entry.getKey().toString(),
        entry -> entry.getValue().name()));
  }

  private static void requireCommittee(Actor actor, ExchangeProposal proposal) {
    if (!actor.isSystem() && !actor.isMemberOf(Groups.townCommittee(proposal.getTownCode()))) {
      throw new InvalidRequestException("须由工作者所在区镇党（工）委办理");
    }
  }
}
