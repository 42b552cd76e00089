package org.partyaffairs.workforce.recruitment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partyaffairs.workforce.post.Post;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.post.Staffing;
import org.partyaffairs.workforce.probation.ProbationStart;
import org.partyaffairs.workforce.rules.DecisionRecorder;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.AsSystem;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.worker.Worker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recruitment under 000 第五、六条: a plan for a town's vacant posts, candidates registered,
 * reviewed, scored and ranked by the rules, the shortlist published, and the contracts signed with
 * the town, each hire starting the probation. Every step checks who may take it before writing.
 */
@Service
@Transactional
public class RecruitmentService {

  private static final Logger log = LoggerFactory.getLogger(RecruitmentService.class);
  static final String NOTICE_RECORD_TYPE = "recruitment-candidate";

  private final RecruitmentPlanRepository plans;
  private final CandidateRepository candidates;
  private final PostRepository posts;
  private final Staffing staffing;
  private final ProbationStart probation;
  private final DecisionRecorder decisions;
  private final AsSystem asSystem;
  private final Clock clock;

  RecruitmentService(RecruitmentPlanRepository plans, CandidateRepository candidates, PostRepository posts,
      Staffing staffing, ProbationStart probation, DecisionRecorder decisions, AsSystem asSystem, Clock clock) {
    this.plans = plans;
    this.candidates = candidates;
    this.posts = posts;
    this.staffing = staffing;
    this.probation = probation;
    this.decisions = decisions;
    this.asSystem = asSystem;
    this.clock = clock;
  }

  /**
   * A plan by the city office, or by the town's own organisation dept or committee (which then
   * needs the city committee's consent). It may ask for no more posts than the town has vacant
   * beyond those other open plans already hold.
   */
  public RecruitmentPlan plan(Actor planner, String town, int postsToFill, String conditions, String schedule,
      String processInstanceId) {
    Organiser organiser = organiserOf(planner, town);
    long vacant = posts.countByTownCodeAndWorkerIdIsNull(town);
    long held = plans.findByTownCodeAndStatusIn(town, Arrays.stream(PlanStatus.values())
        .filter(PlanStatus::holdsPosts).toList()).stream().mapToLong(RecruitmentPlan::getPostsToFill).sum();
    if (postsToFill > vacant - held) {
      throw new InvalidRequestException("该区镇现有空缺岗位 " + vacant + " 个，其他招录方案已占 " + held
          + " 个，不能再招录 " + postsToFill + " 个");
    }
    RecruitmentPlan plan = plans.save(new RecruitmentPlan(town, organiser, postsToFill, conditions, schedule,
        planner.userId(), clock.instant(), processInstanceId));
    log.info("Recruitment plan {} for {} posts in {} ({})", plan.getId(), postsToFill, town, organiser);
    return plan;
  }

  public RecruitmentPlan consent(String processInstanceId, Actor actor, boolean agreed, String reason) {
    requireMember(actor, Groups.CITY_COMMITTEE, "区镇组织招录须经市委\"两新\"工委同意");
    RecruitmentPlan plan = planOf(processInstanceId);
    plan.consent(agreed, reason, actor.userId(), clock.instant());
    return plan;
  }

  /** Registers one candidate while the plan takes registrations. */
  public Candidate register(Long planId, Actor actor, String name, String education) {
    RecruitmentPlan plan = visible(planId, actor);
    requireOrganiser(actor, plan);
    return candidates.save(new Candidate(plan, name, education, actor.userId(), clock.instant()));
  }

  /**
   * Registers a list, one candidate per line as {@code 姓名,学历}: all lines or, when one line is
   * wrong, none (the message names the line).
   */
  public List<Candidate> registerAll(Long planId, Actor actor, String csv) {
    List<String[]> rows = CandidateList.parse(csv);
    return rows.stream().map(row -> register(planId, actor, row[0], row[1])).toList();
  }

  /** Ends the registration; answers the candidates to review. */
  public List<Long> closeRegistration(String processInstanceId, Actor actor) {
    RecruitmentPlan plan = planOf(processInstanceId);
    requireOrganiser(actor, plan);
    plan.closeRegistration(candidates.countByPlan(plan));
    return candidates.findByPlanOrderById(plan).stream().map(Candidate::getId).toList();
  }

  public void reviewQualification(Long candidateId, String processInstanceId, Actor actor, boolean passed,
      String reason) {
    Candidate candidate = candidateOf(candidateId, processInstanceId);
    requireOrganiser(actor, candidate.getPlan());
    candidate.review(passed, reason, actor.userId(), clock.instant());
  }

  /** Ends the qualification review: who passed gets a scoring task; nobody passing ends the plan. */
  public List<Long> closeReview(String processInstanceId) {
    RecruitmentPlan plan = planOf(processInstanceId);
    List<Long> qualified = candidates.findByPlanOrderById(plan).stream()
        .filter(candidate -> candidate.getQualification() == Qualification.PASSED).map(Candidate::getId).toList();
    if (qualified.isEmpty()) {
      plan.noOneQualified();
    }
    return qualified;
  }

  public void score(Long candidateId, String processInstanceId, Actor actor, BigDecimal exam, BigDecimal interview) {
    Candidate candidate = candidateOf(candidateId, processInstanceId);
    requireOrganiser(actor, candidate.getPlan());
    candidate.score(exam, interview, actor.userId());
  }

  /**
   * Ranks the qualified candidates by recruitment-ranking (kept with its explanation) and answers
   * the shortlist as public notice entries.
   */
  public List<Map<String, Object>> rank(String processInstanceId) {
    RecruitmentPlan plan = planOf(processInstanceId);
    plan.requireSelecting("排名");
    List<Candidate> qualified = candidates.findByPlanOrderById(plan).stream()
        .filter(candidate -> candidate.getQualification() == Qualification.PASSED).toList();
    DecisionRecorder.RecordedDecision decided = decisions.decide("recruitment-ranking", Map.of(
        "posts", plan.getPostsToFill(),
        "applicants", qualified.stream().map(candidate -> Map.of("candidateId", candidate.getId().toString(),
            "exam", candidate.getExamScore(), "interview", candidate.getInterviewScore())).toList()),
        "recruitmentPlanId", plan.getId().toString(), processInstanceId, RecruitmentProcessVariables.TASK_RANK_CANDIDATES);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> ranking = (List<Map<String, Object>>) decided.result().get("ranking");
    @SuppressWarnings("unchecked")
    Set<String> shortlist = new HashSet<>((List<String>) decided.result().get("shortlist"));
    Map<String, Candidate> byId = qualified.stream()
        .collect(Collectors.toMap(candidate -> candidate.getId().toString(), candidate -> candidate));
    ranking.forEach(ranked -> byId.get((String) ranked.get("candidateId")).ranked((BigDecimal) ranked.get("total"),
        ((Number) ranked.get("rank")).intValue(), shortlist.contains((String) ranked.get("candidateId"))));
    plan.ranked(decided.recordId());
    return noticeEntries(qualified.stream().filter(Candidate::isShortlisted).toList());
  }

  /** The shortlist as public notice entries: who, and their scores and rank. */
  public List<Map<String, Object>> noticeEntries(String processInstanceId) {
    return noticeEntries(shortlisted(planOf(processInstanceId)));
  }

  private static List<Map<String, Object>> noticeEntries(List<Candidate> shortlist) {
    return shortlist.stream().map(candidate -> Map.<String, Object>of("recordType", NOTICE_RECORD_TYPE,
        "recordId", candidate.getId().toString(), "summary", candidate.summary(), "value", candidate.result()))
        .toList();
  }

  /**
   * A CORRECTED objection to a published score: the candidate's scores as {@code 笔试/面试}, then the
   * whole plan ranked again. Answers the candidate's result as now published.
   */
  public String correctScores(Long candidateId, String correctedValue, Actor actor, String processInstanceId) {
    Candidate candidate = candidates.findById(candidateId)
        .orElseThrow(() -> new NotFoundException("报名人员 " + candidateId + " 不存在"));
    BigDecimal[] scores = CandidateList.scores(correctedValue);
    candidate.score(scores[0], scores[1], actor.userId());
    rank(candidate.getPlan().getProcessInstanceId());
    return candidate.result();
  }

  /** Whether the shortlist is no longer the one published (a correction moved someone across the cut). */
  public boolean shortlistChangedSince(String processInstanceId, List<Map<String, Object>> published) {
    Set<String> now = shortlisted(planOf(processInstanceId)).stream().map(candidate -> candidate.getId().toString())
        .collect(Collectors.toSet());
    return !now.equals(published.stream().map(entry -> entry.get("recordId").toString()).collect(Collectors.toSet()));
  }

  /** After the notice: the shortlisted candidates, each to be hired or not. */
  public List<Long> startHiring(String processInstanceId) {
    RecruitmentPlan plan = planOf(processInstanceId);
    plan.startHiring();
    return shortlisted(plan).stream().map(Candidate::getId).toList();
  }

  /**
   * The contract with the town (000 第六条): the candidate becomes a worker on probation in the
   * chosen vacant post of the plan's town, and the probation starts. Refused beyond the plan's posts
   * and for a post already filled.
   */
  public Candidate hire(Long candidateId, String processInstanceId, Actor actor, HireDecision decision, Long postId,
      String contractNumber, LocalDate signedOn) {
    Candidate candidate = candidateOf(candidateId, processInstanceId);
    RecruitmentPlan plan = candidate.getPlan();
    requireMember(actor, Groups.townOrg(plan.getTownCode()), "聘用合同由区镇组织部门签订");
    if (decision == HireDecision.NOT_HIRE) {
      candidate.notHired();
      return candidate;
    }
    plan.requireRoomToHire(candidates.countByPlanAndHireDecision(plan, HireDecision.HIRE));
    if (postId == null) {
      throw new InvalidRequestException("请选择聘用的岗位");
    }
    Post post = posts.findById(postId).filter(found -> found.getTownCode().equals(plan.getTownCode()))
        .orElseThrow(() -> new NotFoundException("本区镇没有岗位 " + postId));
    Worker worker = staffing.hireOnto(candidate.getName(), null, post, "合同编号 " + contractNumber + "，" + signedOn
        + " 签订，岗位：" + post.getStation(), actor.userId(), processInstanceId);
    candidate.hire(contractNumber, signedOn, post.getId(), worker.getId());
    asSystem.run(() -> probation.of(worker.getId(), signedOn));
    log.info("Candidate {} hired as worker {} on post {}", candidateId, worker.getId(), post.getId());
    return candidate;
  }

  public void complete(String processInstanceId) {
    planOf(processInstanceId).complete();
  }

  /** The vacant posts of the plan's town, as the contract form's select offers them. */
  public List<Map<String, String>> vacantPostOptions(String processInstanceId) {
    return posts.findByTownCodeAndWorkerIdIsNullOrderById(planOf(processInstanceId).getTownCode()).stream()
        .map(post -> Map.of("label", post.getStation() + "（岗位 " + post.getId() + "）", "value", post.getId().toString()))
        .toList();
  }

  /**
   * The candidate whose contract made this worker, with the plan (聘用通知书); empty for a worker
   * not hired through a recruitment (the demo's, those from before the product). The caller has
   * checked that the worker is visible.
   */
  @Transactional(readOnly = true)
  public Optional<Candidate> hireOf(Long workerId) {
    return candidates.findFirstByWorkerIdOrderByIdDesc(workerId);
  }

  @Transactional(readOnly = true)
  public RecruitmentPlan visible(Long planId, Actor actor) {
    return plans.findById(planId).filter(plan -> actor.canActFor(plan.getTownCode()))
        .orElseThrow(() -> new NotFoundException("招录方案 " + planId + " 不存在"));
  }

  @Transactional(readOnly = true)
  public List<Candidate> candidatesOf(RecruitmentPlan plan) {
    return candidates.findByPlanOrderById(plan);
  }

  public RecruitmentPlan planOf(String processInstanceId) {
    return plans.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotFoundException("流程 " + processInstanceId + " 没有招录方案"));
  }

  public Candidate candidate(Long candidateId) {
    return candidates.findById(candidateId)
        .orElseThrow(() -> new NotFoundException("报名人员 " + candidateId + " 不存在"));
  }

  private List<Candidate> shortlisted(RecruitmentPlan plan) {
    return candidates.findByPlanOrderById(plan).stream().filter(Candidate::isShortlisted).toList();
  }

  /** The candidate, provided it belongs to the plan of this process: a form cannot point elsewhere. */
  private Candidate candidateOf(Long candidateId, String processInstanceId) {
    return candidates.findById(candidateId)
        .filter(candidate -> candidate.getPlan().getProcessInstanceId().equals(processInstanceId))
        .orElseThrow(() -> new NotFoundException("本招录没有报名人员 " + candidateId));
  }

  private static Organiser organiserOf(Actor planner, String town) {
    if (planner.isSystem() || planner.isMemberOf(Groups.CITY_OFFICE)) {
      return Organiser.CITY;
    }
    if (planner.isMemberOf(Groups.townOrg(town)) || planner.isMemberOf(Groups.townCommittee(town))) {
      return Organiser.TOWN;
    }
    throw new InvalidRequestException("招录由市委\"两新\"工委办公室组织，或由岗位所在区镇组织");
  }

  /** The city office organises its plans, the town organisation dept the town's own. */
  private static void requireOrganiser(Actor actor, RecruitmentPlan plan) {
    requireMember(actor, organiserGroup(plan), "由招录组织单位办理");
  }

  static String organiserGroup(RecruitmentPlan plan) {
    return plan.getOrganiser() == Organiser.CITY ? Groups.CITY_OFFICE : Groups.townOrg(plan.getTownCode());
  }

  private static void requireMember(Actor actor, String group, String message) {
    if (!actor.isSystem() && !actor.isMemberOf(group)) {
      throw new InvalidRequestException(message);
    }
  }
}
