package org.partyaffairs.workforce.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.deadline.ServiceLevels;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.notice.NoticeService;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.rules.DecisionService;
import org.partyaffairs.workforce.rules.facts.Grade;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's assessment campaign (000 第九条; 001 第二十条): the cohort of eligible workers, the
 * excellence quota over it (001 第二十二条), the results on public notice, their confirmation and
 * the consequences of each confirmed result.
 */
@Service
@Transactional
public class CampaignService {

  /**
   * Workers per batch: each batch starts its workers' assessments in one transaction, and counts
   * them as they are graded (each count reads the batch's execution tree). 50 rather than 200: the
   * towns get their first tasks within seconds, not after a 200-worker transaction, and every count
   * reads a quarter of the rows; the campaign counts four times as many batches, which at 100,000
   * workers (2,000 batches) is still a small part of its work (docs/benchmarks.md, issue 22).
   */
  static final int BATCH_SIZE = 50;

  private static final Logger log = LoggerFactory.getLogger(CampaignService.class);

  /** Counts of a campaign, per state and per town and grade, as {@code GET /api/campaigns/{id}} shows them. */
  public record Report(Long id, int year, String policy, String policyLabel, CampaignStatus status,
      String statusLabel, Integer workers, Integer excellenceQuota, Map<AssessmentStatus, Long> byStatus,
      Map<String, Map<String, Long>> byTownAndGrade) {
  }

  private final CampaignRepository campaigns;
  private final AssessmentRepository assessments;
  private final WorkerRepository workers;
  private final OrganisationUnitRepository units;
  private final DecisionService decisions;
  private final AssessmentConsequences consequences;
  private final WorkforceProperties properties;
  private final Clock clock;
  private final WorkingDays workingDays;
  private final ServiceLevels serviceLevels;

  CampaignService(CampaignRepository campaigns, AssessmentRepository assessments, WorkerRepository workers,
      OrganisationUnitRepository units, DecisionService decisions, AssessmentConsequences consequences,
      WorkforceProperties properties, Clock clock, WorkingDays workingDays, ServiceLevels serviceLevels) {
    this.workingDays = workingDays;
    this.serviceLevels = serviceLevels;
    this.campaigns = campaigns;
    this.assessments = assessments;
    this.workers = workers;
    this.units = units;
    this.decisions = decisions;
    this.consequences = consequences;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Task_RegisterCampaign: one campaign per year and policy; the second is refused, nothing written.
   * The office sets the deadlines of the self-reports (述职截止) and of the scoring (评分截止): working
   * days after today, the scoring after the self-reports. Left empty, they are the service levels of
   * {@code rules/calendar/service-levels.csv} (10 working days from today, 10 more for the scoring).
   */
  public Campaign start(Object year, Object policyCode, Object selfReportDueOn, Object scoringDueOn, Actor actor,
      String processInstanceId) {
    LocalDate today = workingDays.today();
    LocalDate selfReportBy = selfReportDueOn == null || selfReportDueOn.toString().isBlank()
        ? workingDays.plus(today, serviceLevels.orDefault(AssessmentProcessVariables.PROCESS_KEY,
            AssessmentProcessVariables.TASK_SUBMIT_SELF_REPORT).workingDays())
        : deadline("述职截止日期", selfReportDueOn, today, today);
    LocalDate scoringBy = scoringDueOn == null || scoringDueOn.toString().isBlank()
        ? workingDays.plus(selfReportBy, serviceLevels.orDefault(AssessmentProcessVariables.PROCESS_KEY,
            AssessmentProcessVariables.TASK_SCORE_EVALUATION_FORM).workingDays())
        : deadline("评分截止日期", scoringDueOn, today, selfReportBy);
    if (!scoringBy.isAfter(selfReportBy)) {
      throw new InvalidRequestException("评分截止日期 " + scoringBy + " 应晚于述职截止日期 " + selfReportBy);
    }
    int thisYear = LocalDate.now(clock.withZone(properties.zone())).getYear();
    int assessed = FormValues.requiredWholeNumber("考核年度", year);
    if (assessed < 2000 || assessed > thisYear) {
      throw new InvalidRequestException("考核年度应在 2000 至 " + thisYear + " 之间，收到 " + assessed);
    }
    AssessmentPolicy policy = AssessmentPolicy.of(policyCode == null ? null : policyCode.toString());
    campaigns.findByYearAndPolicy(assessed, policy).ifPresent(existing -> {
      throw duplicate(existing);
    });
    try {
      Campaign campaign = campaigns.saveAndFlush(new Campaign(assessed, policy, actor.userId(), clock.instant(),
          processInstanceId, selfReportBy, scoringBy));
      log.info("Assessment campaign {} ({} {}) started by {}: self-reports by {}, scoring by {}", campaign.getId(),
          assessed, policy.code(), actor.userId(), selfReportBy, scoringBy);
      return campaign;
    } catch (DataIntegrityViolationException raced) {
      throw new InvalidRequestException(assessed + "年度" + policy.label() + "的考核活动刚刚已由他人发起，不能重复发起");
    }
  }

  /** A deadline the office set: a working day after {@code after}, within a year from today. */
  private LocalDate deadline(String label, Object value, LocalDate today, LocalDate after) {
    LocalDate date = FormValues.requiredDate(label, value, properties.zone());
    if (!date.isAfter(today)) {
      throw new InvalidRequestException(label + " " + date + " 应在今天（" + today + "）之后");
    }
    if (!date.isAfter(after)) {
      throw new InvalidRequestException(label + " " + date + " 应晚于述职截止日期 " + after);
    }
    if (date.isAfter(today.plusYears(1))) {
      throw new InvalidRequestException(label + " " + date + " 不能晚于一年之后（" + today.plusYears(1) + "）");
    }
    if (!workingDays.isWorkday(date)) {
      throw new InvalidRequestException(label + " " + date + " 不是工作日（rules/calendar），请选择工作日");
    }
    return date;
  }

  private static InvalidRequestException duplicate(Campaign existing) {
    return new InvalidRequestException(existing.getYear() + "年度" + existing.getPolicy().label() + "的考核活动已经发起（活动 "
        + existing.getId() + "，" + existing.getStatus().label() + "），不能重复发起");
  }

  /**
   * Task_ChooseCohort: every eligible worker gets an assessment in one statement, numbered into
   * batches; answers the batch numbers. A second run (a retried job) finds the cohort chosen.
   */
  public List<Integer> chooseCohort(String processInstanceId) {
    Campaign campaign = byProcess(processInstanceId);
    if (campaign.getWorkers() == null) {
      int chosen = assessments.takeCohort(campaign.getId(), BATCH_SIZE);
      campaign.cohortChosen(chosen);
      log.info("Campaign {}: {} eligible workers to assess", campaign.getId(), chosen);
    }
    int batches = assessments.lastBatchOf(campaign.getId()).map(last -> last + 1).orElse(0);
    return IntStream.range(0, batches).boxed().toList();
  }

  @Transactional(readOnly = true)
  public List<Long> workersOfBatch(Long campaignId, int batchNo) {
    return assessments.workersOfBatch(campaignId, batchNo);
  }

  /**
   * Task_CheckExcellenceQuota: {@code excellence-quota} over the graded cohort flags 优秀 beyond the
   * share; answers the flagged assessments, each for a person to decide. Flags only once.
   */
  public List<Long> checkExcellenceQuota(String processInstanceId) {
    Campaign campaign = byProcess(processInstanceId);
    if (campaign.is(CampaignStatus.SCORING)) {
      List<Object[]> cohort = assessments.gradedCohort(campaign.getId());
      if (!cohort.isEmpty()) {
        Map<String, Long> assessmentOfWorker = new HashMap<>();
        List<Map<String, Object>> members = new ArrayList<>(cohort.size());
        for (Object[] row : cohort) {
          assessmentOfWorker.put(row[1].toString(), (Long) row[0]);
          members.add(Map.of("workerId", row[1].toString(), "score", row[2], "grade", row[3].toString()));
        }
        var answer = decisions.decide("excellence-quota", Map.of("cohort", members));
        @SuppressWarnings("unchecked")
        List<String> overQuota = (List<String>) answer.get("overQuota");
        assessments.findAllById(overQuota.stream().map(assessmentOfWorker::get).toList())
            .forEach(Assessment::flagOverQuota);
        if (!overQuota.isEmpty()) {
          campaign.reviewQuota(((Number) answer.get("quota")).intValue());
        }
        log.info("Campaign {}: excellence quota {}, {} beyond it", campaign.getId(), answer.get("quota"),
            overQuota.size());
      }
    }
    return assessments.findByCampaignIdAndOverQuotaTrueOrderById(campaign.getId()).stream()
        .filter(assessment -> assessment.getQuotaDecision() == null).map(Assessment::getId).toList();
  }

  /** Task_DecideOverQuota: keep the 优秀 or lower it to 称职, always with the reason. */
  public void decideQuota(Long assessmentId, QuotaDecision decision, String reason, Actor actor) {
    Assessment assessment = assessments.findById(assessmentId)
        .orElseThrow(() -> new NotFoundException("考核 " + assessmentId + " 不存在"));
    assessment.decideQuota(decision, FormValues.requiredText("理由", reason, 1000), "称职", actor.userId(),
        clock.instant());
  }

  /**
   * Task_PreparePublication: every graded result goes on notice; answers the towns, one notice each
   * (each town's people see and object to their own town's results).
   */
  public List<String> publish(String processInstanceId) {
    Campaign campaign = byProcess(processInstanceId);
    if (!campaign.is(CampaignStatus.PUBLISHING)) {
      campaign.publish();
      int published = assessments.moveAll(campaign.getId(), AssessmentStatus.SCORED, AssessmentStatus.PUBLISHED);
      log.info("Campaign {}: {} results on public notice", campaign.getId(), published);
    }
    return assessments.townsOf(campaign.getId());
  }

  /** The town's results as notice entries: name, score and grade. */
  @Transactional(readOnly = true)
  public List<NoticeService.Entry> noticeEntries(Long campaignId, String town) {
    List<Assessment> results = assessments.findByCampaignIdAndTownCodeOrderById(campaignId, town);
    Map<Long, String> names = workers.findAllById(results.stream().map(Assessment::getWorkerId).toList()).stream()
        .collect(Collectors.toMap(Worker::getId, Worker::getName));
    return results.stream().map(result -> new NoticeService.Entry(AssessmentService.NOTICE_RECORD_TYPE,
        result.getId().toString(), names.get(result.getWorkerId()),
        ScoreSheet.describe(result.getScore(), result.getGradeLabel()))).toList();
  }

  @Transactional(readOnly = true)
  public String noticeTitle(Long campaignId, String town) {
    Campaign campaign = campaigns.getReferenceById(campaignId);
    return units.getReferenceById(town).getName() + campaign.getYear() + "年度专职党务工作者考核结果公示";
  }

  /** Task_ConfirmResults starts: every notice has closed; answers the results in one line for the office. */
  public String awaitConfirmation(String processInstanceId) {
    Campaign campaign = byProcess(processInstanceId);
    if (campaign.is(CampaignStatus.PUBLISHING)) {
      campaign.awaitConfirmation();
    }
    List<Object[]> byGrade = assessments.gradeLabelTally(campaign.getId()).stream()
        .sorted(Comparator.comparing(row -> (Grade) row[0])).toList();
    long total = byGrade.stream().mapToLong(row -> (Long) row[2]).sum();
    return campaign.getYear() + "年度" + campaign.getPolicy().label() + "：共 " + total + " 人" + byGrade.stream()
        .map(row -> "，" + row[1] + " " + row[2] + " 人").collect(Collectors.joining());
  }

  /** Task_ConfirmResults: the city office confirms the published results (003: 公示后审批). */
  public void confirm(String processInstanceId, Actor actor, String note) {
    Campaign campaign = byProcess(processInstanceId);
    campaign.confirm(actor.userId(), note, clock.instant());
    int confirmed = assessments.moveAll(campaign.getId(), AssessmentStatus.PUBLISHED, AssessmentStatus.CONFIRMED);
    log.info("Campaign {}: {} results confirmed by {}", campaign.getId(), confirmed, actor.userId());
  }

  /** Task_ApplyConsequences, one batch: each confirmed result once, by the rules of the policy. */
  public void applyConsequences(String processInstanceId, int batchNo) {
    Campaign campaign = byProcess(processInstanceId);
    List<Assessment> batch = assessments.findByCampaignIdAndBatchNoOrderById(campaign.getId(), batchNo);
    batch.stream().filter(assessment -> !assessment.hasConsequences())
        .forEach(assessment -> consequences.apply(campaign, assessment, processInstanceId));
  }

  /** Task_CloseCampaign. */
  public void close(String processInstanceId) {
    Campaign campaign = byProcess(processInstanceId);
    if (!campaign.is(CampaignStatus.CLOSED)) {
      campaign.close();
      log.info("Campaign {} closed", campaign.getId());
    }
  }

  @Transactional(readOnly = true)
  public Report report(Long campaignId, Actor actor) {
    Campaign campaign = campaigns.findById(campaignId)
        .orElseThrow(() -> new NotFoundException("考核活动 " + campaignId + " 不存在"));
    Map<AssessmentStatus, Long> byStatus = new LinkedHashMap<>();
    for (AssessmentStatus status : AssessmentStatus.values()) {
      byStatus.put(status, 0L);
    }
    Map<String, Map<String, Long>> byTown = new TreeMap<>();
    for (Object[] row : assessments.tally(campaignId)) {
      String town = (String) row[1];
      if (!actor.canActFor(town)) {
        continue;
      }
      long count = (Long) row[3];
      byStatus.merge((AssessmentStatus) row[0], count, Long::sum);
      String grade = row[2] == null ? "UNGRADED" : ((Grade) row[2]).name();
      byTown.computeIfAbsent(town, any -> new TreeMap<>()).merge(grade, count, Long::sum);
    }
    // The cohort and its excellence quota are the city's figures: a town's people see their towns' count
    // and no quota (it is set over the whole city, and would tell the city-wide cohort's size).
    boolean cityWide = actor.isSystem() || actor.isMemberOf(Groups.CITY_COMMITTEE)
        || actor.isMemberOf(Groups.CITY_OFFICE) || actor.isMemberOf(Groups.ADMINS);
    Integer workers = cityWide || campaign.getWorkers() == null ? campaign.getWorkers()
        : Math.toIntExact(byStatus.values().stream().mapToLong(Long::longValue).sum());
    return new Report(campaign.getId(), campaign.getYear(), campaign.getPolicy().code(), campaign.getPolicy().label(),
        campaign.getStatus(), campaign.getStatus().label(), workers, cityWide ? campaign.getExcellenceQuota() : null,
        byStatus, byTown);
  }

  @Transactional(readOnly = true)
  public Campaign byProcess(String processInstanceId) {
    return campaigns.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotFoundException("流程 " + processInstanceId + " 没有对应的考核活动"));
  }

  /** How an over-quota case reads on its decision task, e.g. {@code 张三（昆山开发区，95.00分 优秀）}. */
  @Transactional(readOnly = true)
  public QuotaCase describeQuotaCase(Long assessmentId) {
    Assessment assessment = assessments.findById(assessmentId)
        .orElseThrow(() -> new NotFoundException("考核 " + assessmentId + " 不存在"));
    String workerName = workers.getReferenceById(assessment.getWorkerId()).getName();
    String townName = units.getReferenceById(assessment.getTownCode()).getName();
    return new QuotaCase(workerName + "（" + townName + "，"
        + ScoreSheet.describe(assessment.getScore(), assessment.getGradeLabel()) + "）", workerName, townName);
  }

  /** An over-quota 优秀 as its decision task names it, and the worker for Tasklist's search. */
  public record QuotaCase(String description, String workerName, String townName) {
  }
}
