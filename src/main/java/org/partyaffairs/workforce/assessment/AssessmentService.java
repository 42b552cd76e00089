package org.partyaffairs.workforce.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partyaffairs.workforce.notice.NoticeEntryOwner;
import org.partyaffairs.workforce.points.PointsService;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.rules.DecisionRecorder;
import org.partyaffairs.workforce.rules.DecisionRecorder.RecordedDecision;
import org.partyaffairs.workforce.rules.DecisionService;
import org.partyaffairs.workforce.rules.Explanation;
import org.partyaffairs.workforce.rules.facts.Grade;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One worker's annual assessment (000 附件, 第十条; 001 第二十一、二十二条; 004): self-report, the
 * town's scoring, and the score and grade the rules give, kept with the rules that gave them.
 */
@Service
@Transactional
public class AssessmentService {

  /** The {@code recordType} of assessment results on public notice. */
  static final String NOTICE_RECORD_TYPE = "assessment-result";

  private static final int MAX_EXPLANATION = 2000;

  /**
   * What the process shows about the worker it assesses, and the campaign's deadlines
   * ({@code yyyy-MM-dd}, null for a campaign started before it had them).
   */
  public record Opened(Long assessmentId, String workerName, String townName, String workerUserId,
      String businessKey, String selfReportDueOn, String scoringDueOn) {
  }

  private final AssessmentRepository assessments;
  private final CampaignRepository campaigns;
  private final WorkerRepository workers;
  private final OrganisationUnitRepository units;
  private final DecisionRecorder recorder;
  private final DecisionService decisions;
  private final Trail trail;
  private final ObjectMapper json;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final QuarterlyOrdinary quarterlyOrdinary;
  private final PointsService points;

  AssessmentService(AssessmentRepository assessments, CampaignRepository campaigns, WorkerRepository workers,
      OrganisationUnitRepository units, DecisionRecorder recorder, DecisionService decisions, Trail trail,
      ObjectMapper json, Clock clock, ApplicationEventPublisher events, QuarterlyOrdinary quarterlyOrdinary,
      PointsService points) {
    this.points = points;
    this.events = events;
    this.quarterlyOrdinary = quarterlyOrdinary;
    this.units = units;
    this.assessments = assessments;
    this.campaigns = campaigns;
    this.workers = workers;
    this.recorder = recorder;
    this.decisions = decisions;
    this.trail = trail;
    this.json = json;
    this.clock = clock;
  }

  /** Task_OpenAssessment: the worker's assessment of the campaign's snapshot, taken up by this instance. */
  public Opened open(Long campaignId, Long workerId, String processInstanceId) {
    Assessment assessment = assessments.findByCampaignIdAndWorkerId(campaignId, workerId)
        .orElseThrow(() -> new NotFoundException("考核活动 " + campaignId + " 中没有工作者 " + workerId));
    assessment.attach(processInstanceId);
    Worker worker = workers.getReferenceById(workerId);
    Campaign campaign = campaigns.getReferenceById(campaignId);
    return new Opened(assessment.getId(), worker.getName(), units.getReferenceById(assessment.getTownCode()).getName(),
        worker.getUserId(), campaign.getYear() + "-" + assessment.getTownCode() + "-" + workerId,
        campaign.getSelfReportDueOn() == null ? null : campaign.getSelfReportDueOn().toString(),
        campaign.getScoringDueOn() == null ? null : campaign.getScoringDueOn().toString());
  }

  /** 述职 (001 第二十一条: 年度考核…本人述职). */
  public void submitSelfReport(String processInstanceId, Actor actor, String text) {
    Assessment assessment = byProcess(processInstanceId);
    assessment.submitSelfReport(FormValues.requiredText("述职报告", text, 4000), actor.userId(), clock.instant());
  }

  /**
   * The town's scoring form: read by the campaign's policy and checked by its score decision now
   * (an item above its maximum is refused with the item's name), graded by the next step.
   */
  public void recordScore(String processInstanceId, Actor actor, Function<String, Object> submitted) {
    Assessment assessment = byProcess(processInstanceId);
    AssessmentPolicy policy = policyOf(assessment);
    Function<String, Object> form = policy == AssessmentPolicy.POINTS
        ? fromLedger(assessment, actor, submitted, processInstanceId) : submitted;
    Map<String, Object> facts = ScoreSheet.read(policy, form);
    decisions.decide(policy.scoreDecision(), ScoreSheet.facts(facts));
    if (policy == AssessmentPolicy.LANZHOU) {
      checkOrdinary(assessment, facts, actor, processInstanceId);
    }
    assessment.recordScoreInput(write(facts), actor.userId(), clock.instant());
  }

  /**
   * 004 附件1 二、考核流程 (支部评定: 考核记录员将每名党员全年考核情况进行分类汇总统计): under {@code points} the
   * department types no ledger. It confirms the year's ledger as it stands, or submits one corrected
   * line with its reason, which goes into the ledger first ({@link PointsService#correct}); the facts
   * are then the ledger's accepted lines, never what the form sent as {@code pointsLedger}.
   */
  private Function<String, Object> fromLedger(Assessment assessment, Actor actor, Function<String, Object> submitted,
      String processInstanceId) {
    int year = campaigns.getReferenceById(assessment.getCampaignId()).getYear();
    String line = FormValues.optionalText("更正的台账行", submitted.apply(PointsLedgerOpened.CORRECTED_LINE), 200);
    String reason = FormValues.optionalText("更正理由", submitted.apply(PointsLedgerOpened.CORRECTION_REASON), 1000);
    Object choice = submitted.apply(PointsLedgerOpened.LEDGER_DECISION);
    boolean correcting = PointsLedgerOpened.CORRECT.equals(choice) || line != null;
    if (choice != null && !choice.toString().isBlank() && !PointsLedgerOpened.CORRECT.equals(choice)
        && !PointsLedgerOpened.CONFIRM.equals(choice)) {
      throw new InvalidRequestException("台账核对只能是 CONFIRM 或 CORRECT，收到「" + choice + "」");
    }
    if (correcting) {
      if (line == null) {
        throw new InvalidRequestException("请填写更正的台账行，如 " + "「第12条 17 1」");
      }
      if (reason == null) {
        throw new InvalidRequestException("更正积分台账必须说明理由");
      }
      points.correct(actor, assessment.getWorkerId(), year, line, reason);
    }
    String ledger = points.ledgerText(assessment.getWorkerId(), year);
    trail.record(workers.getReferenceById(assessment.getWorkerId()), "POINTS_LEDGER_CONFIRMED",
        year + "年度积分台账经组织部门" + (correcting ? "更正后" : "") + "确认：" + points.standing(assessment.getWorkerId(), year)
            .describe(), actor.userId(), processInstanceId, Article.POINTS_PROCESS);
    return name -> ScoreSheet.LEDGER.equals(name) ? ledger : submitted.apply(name);
  }

  /** Task_ScorePointsLedger opens: the worker's ledger of the campaign's year, every line and its total. */
  PointsLedgerOpened.Shown ledgerOf(String processInstanceId) {
    Assessment assessment = byProcess(processInstanceId);
    int year = campaigns.getReferenceById(assessment.getCampaignId()).getYear();
    return new PointsLedgerOpened.Shown(points.linesText(assessment.getWorkerId(), year),
        points.standing(assessment.getWorkerId(), year).describe(), points.ledgerText(assessment.getWorkerId(), year));
  }

  /** Task_ScoreWeighted opens: the year's quarterly scores and the 平时考核 they give (001 第二十一条). */
  QuarterlyOrdinary.Ordinary ordinaryOf(String processInstanceId) {
    Assessment assessment = byProcess(processInstanceId);
    return quarterlyOrdinary.of(assessment.getWorkerId(), campaigns.getReferenceById(assessment.getCampaignId())
        .getYear());
  }

  /**
   * 001 第十八条(三), 第二十一条: with quarterly scores of the year the 平时考核 is their mean, and a
   * different value is refused; with none the department enters it by hand and says why. The trail
   * keeps which it was.
   */
  private void checkOrdinary(Assessment assessment, Map<String, Object> facts, Actor actor, String processInstanceId) {
    QuarterlyOrdinary.Ordinary computed = quarterlyOrdinary.of(assessment.getWorkerId(),
        campaigns.getReferenceById(assessment.getCampaignId()).getYear());
    BigDecimal entered = new BigDecimal(facts.get(ScoreSheet.ORDINARY).toString());
    String missing = computed.missingQuarters().isEmpty() ? ""
        : "；未评定的季度：" + String.join("、", computed.missingQuarters()) + "（不计入平均）";
    Worker worker = workers.getReferenceById(assessment.getWorkerId());
    if (computed.computed()) {
      if (entered.compareTo(computed.ordinary()) != 0) {
        throw new InvalidRequestException("平时考核成绩应为本年度已评定季度考核成绩的平均分 " + computed.ordinary().toPlainString()
            + " 分（001 第十八条(三)、第二十一条" + missing + "），不能录入 " + entered.stripTrailingZeros().toPlainString() + " 分");
      }
      trail.record(worker, "ORDINARY_FROM_QUARTERS", "平时考核成绩 " + computed.ordinary().toPlainString()
          + " 分，为本年度已评定季度考核成绩的平均分" + missing, actor.userId(), processInstanceId, Article.LANZHOU_21);
      return;
    }
    Object reason = facts.get(ScoreSheet.ORDINARY_REASON);
    if (reason == null) {
      throw new InvalidRequestException("本年度没有任何季度考核成绩，录入平时考核成绩须说明理由（001 第二十一条）");
    }
    trail.record(worker, "ORDINARY_ENTERED", "本年度没有季度考核成绩，平时考核成绩 " + entered.stripTrailingZeros().toPlainString()
        + " 分由组织部门录入，理由：" + reason, actor.userId(), processInstanceId, Article.LANZHOU_21);
  }

  /** Task_GradeAssessment: total, grade and explanation; a second run (a retried job) finds it graded. */
  public Assessment grade(String processInstanceId) {
    Assessment assessment = byProcess(processInstanceId);
    if (assessment.isGraded()) {
      return assessment;
    }
    Graded graded = gradeOf(assessment, read(assessment.getScoreInput()), processInstanceId, AssessmentProcessVariables.TASK_GRADE_ASSESSMENT);
    assessment.grade(graded.score(), graded.grade(), graded.label(), graded.explanation(), graded.recordId());
    record(assessment, "ASSESSMENT_GRADED", "年度考核评定：" + ScoreSheet.describe(graded.score(), graded.label()),
        "system", processInstanceId);
    events.publishEvent(new AssessmentGraded(assessment.getWorkerId(),
        campaigns.getReferenceById(assessment.getCampaignId()).getYear(), graded.grade(), graded.label(),
        processInstanceId));
    return assessment;
  }

  /** Refuses, when the investigator submits it, a correction the assessment could not take. */
  @Transactional(readOnly = true)
  public void checkCorrection(Long assessmentId, String correction) {
    Assessment assessment = find(assessmentId);
    AssessmentPolicy policy = policyOf(assessment);
    if (policy == AssessmentPolicy.POINTS) {
      points.checkCorrection(correction); // a ledger line: 004 记分有误的及时纠正, through the ledger
      return;
    }
    decisions.decide(policy.scoreDecision(),
        ScoreSheet.facts(ScoreSheet.corrected(policy, read(assessment.getScoreInput()), correction)));
  }

  /** A CORRECTED objection on the notice: the worker is scored and graded again from the corrected input. */
  public String correct(Long assessmentId, String correction, String reason, Actor actor, String processInstanceId) {
    Assessment assessment = find(assessmentId);
    Map<String, Object> facts;
    if (policyOf(assessment) == AssessmentPolicy.POINTS) {
      int year = campaigns.getReferenceById(assessment.getCampaignId()).getYear();
      points.correct(actor, assessment.getWorkerId(), year, correction, reason);
      facts = ScoreSheet.ledger(points.ledgerText(assessment.getWorkerId(), year));
    } else {
      facts = ScoreSheet.corrected(policyOf(assessment), read(assessment.getScoreInput()), correction);
    }
    Graded graded = gradeOf(assessment, facts, processInstanceId, NoticeEntryOwner.CORRECTION_TASK);
    String before = ScoreSheet.describe(assessment.getScore(), assessment.getGradeLabel());
    assessment.regrade(write(facts), graded.score(), graded.grade(), graded.label(), graded.explanation(),
        graded.recordId());
    String now = ScoreSheet.describe(graded.score(), graded.label());
    record(assessment, "ASSESSMENT_CORRECTED", "公示期间异议核实后更正评分（" + correction + "）：由「" + before + "」改为「"
        + now + "」，理由：" + reason, actor.userId(), processInstanceId);
    return now;
  }

  @Transactional(readOnly = true)
  public Assessment find(Long assessmentId) {
    return assessments.findById(assessmentId)
        .orElseThrow(() -> new NotFoundException("考核 " + assessmentId + " 不存在"));
  }

  @Transactional(readOnly = true)
  public Assessment byProcess(String processInstanceId) {
    return assessments.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotFoundException("流程 " + processInstanceId + " 没有对应的年度考核"));
  }

  private record Graded(BigDecimal score, Grade grade, String label, String explanation, Long recordId) {
  }

  private Graded gradeOf(Assessment assessment, Map<String, Object> facts, String processInstanceId,
      String activityId) {
    AssessmentPolicy policy = policyOf(assessment);
    String subject = assessment.getId().toString();
    RecordedDecision scored = recorder.decide(policy.scoreDecision(), ScoreSheet.facts(facts), "assessmentId", subject,
        processInstanceId, activityId);
    BigDecimal score = new BigDecimal(scored.result().get(policy.scoreField()).toString())
        .setScale(2, RoundingMode.HALF_UP);
    RecordedDecision graded = recorder.decide("assessment-grade", Map.of("policy", policy.code(), "score", score),
        "assessmentId", subject, processInstanceId, activityId);
    String explanation = Stream.concat(scored.result().explanation().stream(), graded.result().explanation().stream())
        .map(Explanation::rule).collect(Collectors.joining("；"));
    return new Graded(score, Grade.valueOf(graded.result().get("grade").toString()),
        graded.result().get("label").toString(), shorten(explanation), graded.recordId());
  }

  private static String shorten(String explanation) {
    return explanation.length() <= MAX_EXPLANATION ? explanation
        : explanation.substring(0, MAX_EXPLANATION - 1) + "…";
  }

  private void record(Assessment assessment, String event, String detail, String actor, String processInstanceId) {
    Campaign campaign = campaigns.getReferenceById(assessment.getCampaignId());
    trail.record(workers.getReferenceById(assessment.getWorkerId()), event,
        campaign.getYear() + "年度" + campaign.getPolicy().label() + "，" + detail, actor, processInstanceId,
        campaign.getPolicy().gradeArticle());
  }

  private AssessmentPolicy policyOf(Assessment assessment) {
    return campaigns.getReferenceById(assessment.getCampaignId()).getPolicy();
  }

  private String write(Map<String, Object> facts) {
    try {
      return json.writeValueAsString(facts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot keep a score sheet as JSON", e);
    }
  }

  private Map<String, Object> read(String input) {
    try {
      return json.readValue(input, new TypeReference<Map<String, Object>>() { });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read a kept score sheet", e);
    }
  }
}
