package org.partyaffairs.workforce.dossier;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.dismissal.Dismissal;
import org.partyaffairs.workforce.dismissal.DismissalRepository;
import org.partyaffairs.workforce.document.PrintedDocument;
import org.partyaffairs.workforce.organisation.OrganisationUnit;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.post.Post;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.probation.Probation;
import org.partyaffairs.workforce.probation.ProbationReview;
import org.partyaffairs.workforce.probation.ProbationService;
import org.partyaffairs.workforce.probation.ProbationStatus;
import org.partyaffairs.workforce.recruitment.Candidate;
import org.partyaffairs.workforce.recruitment.RecruitmentPlan;
import org.partyaffairs.workforce.recruitment.RecruitmentService;
import org.partyaffairs.workforce.resignation.Resignation;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sheets a town files with the city office, printed from the process that files them: 辞职备案表
 * (ResignationProcess, 000 第十六条), 解聘备案表 with the grounds and the evidence
 * (DismissalProcess, 000 第十四、十五条, 001 第十九条) and 试用期取消资格备案表 with the review and the
 * rule's grounds (ProbationProcess, 001 第六条); and the 聘用通知书 of a hire (RecruitmentProcess,
 * 000 第六条). Each is the worker's latest such process; it carries its filing number (the contract
 * number for a hire) once there is one, and the steps taken so far (who, when) until then, so the
 * filing task's form can offer it before the number is entered.
 */
@Component
@Transactional(readOnly = true)
class FilingSheets {

  static final String RESIGNATION_PROCESS = "ResignationProcess";
  static final String DISMISSAL_PROCESS = "DismissalProcess";
  static final String PROBATION_PROCESS = "ProbationProcess";
  static final List<String> STEP_HEADERS = List.of("时间", "环节", "办理人", "说明", "依据");

  private final DossierService dossiers;
  private final DismissalRepository dismissals;
  private final OrganisationUnitRepository units;
  private final PostRepository posts;
  private final Trail trail;
  private final ProbationService probations;
  private final RecruitmentService recruitments;
  private final DateTimeFormatter time;
  private final DateTimeFormatter day;

  FilingSheets(DossierService dossiers, DismissalRepository dismissals, OrganisationUnitRepository units,
      PostRepository posts, Trail trail, ProbationService probations, RecruitmentService recruitments,
      WorkforceProperties properties) {
    this.probations = probations;
    this.recruitments = recruitments;
    this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(properties.zone());
    this.dossiers = dossiers;
    this.dismissals = dismissals;
    this.units = units;
    this.posts = posts;
    this.trail = trail;
    this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(properties.zone());
  }

  record Sheet(String fileName, byte[] pdf) {
  }

  Sheet resignation(long workerId) {
    Worker worker = dossiers.visibleWorker(workerId);
    HistoricProcessInstance instance = latest(worker, RESIGNATION_PROCESS, "辞职");
    Resignation resignation = dossiers.resignationOf(instance)
        .orElseThrow(() -> new NotFoundException("工作者 " + workerId + " 没有辞职记录"));
    String town = townName(worker);
    byte[] pdf = new PrintedDocument("辞职备案表", town + "组织部门")
        .number("编号", resignation.businessKey())
        .number("备案号", resignation.getFilingNumber() == null ? "尚未备案" : resignation.getFilingNumber())
        .fact("姓名", worker.getName())
        .fact("所在区镇", town)
        .fact("岗位", post(worker))
        .fact("目前状态", worker.getStatus().label())
        .fact("辞职事项状态", resignation.getStatus().label())
        .fact("拟最后工作日", resignation.getLastWorkingDay())
        .section("辞职理由（000 第十六条：本人书面申请）")
        .paragraph(resignation.getReason())
        .section("区镇党（工）委意见（000 第十六条）")
        .paragraph(committeeOpinion(worker, instance, resignation))
        .section("办理经过")
        .table(STEP_HEADERS, steps(worker, instance, "000 第十六条"))
        .section("备案（000 第十六条：报市委“两新”工委办公室备案）")
        .paragraph(resignation.getFilingNumber() == null ? "尚未备案。"
            : "备案号 " + resignation.getFilingNumber() + "，备案人 " + resignation.getFiledBy() + "。")
        .signatures("区镇组织部门经办人", "区镇党（工）委", "市委“两新”工委办公室")
        .footnote("本表由系统根据辞职流程 " + resignation.businessKey() + " 的办理记录生成。")
        .toPdf();
    return new Sheet("辞职备案表-" + worker.getName() + "-" + resignation.businessKey(), pdf);
  }

  Sheet dismissal(long workerId) {
    Worker worker = dossiers.visibleWorker(workerId);
    HistoricProcessInstance instance = latest(worker, DISMISSAL_PROCESS, "解聘");
    Dismissal dismissal = dismissals.findByProcessInstanceId(instance.getId())
        .orElseThrow(() -> new NotFoundException("工作者 " + workerId + " 没有解聘记录"));
    String town = townName(worker);
    List<List<?>> grounds = new ArrayList<>();
    for (String ground : dismissal.describedGrounds()) {
      grounds.add(List.of(grounds.size() + 1, ground, "000 第十四条"));
    }
    byte[] pdf = new PrintedDocument("解聘备案表", town + "党（工）委")
        .number("编号", dismissal.businessKey())
        .number("备案号", dismissal.getFilingNumber() == null ? "尚未备案" : dismissal.getFilingNumber())
        .fact("姓名", worker.getName())
        .fact("所在区镇", town)
        .fact("岗位", post(worker))
        .fact("目前状态", worker.getStatus().label())
        .fact("解聘事项状态", dismissal.getStatus().label())
        .fact("待遇终止日期", dismissal.getBenefitsEndOn())
        .fact("须经市级同意", dismissal.needsCityApproval() ? "是（001 第十九条）" : "否")
        .section("解聘情形（000 第十四条）")
        .table(List.of("序号", "情形", "依据"), grounds)
        .section("证据材料")
        .paragraph(dismissal.getEvidence())
        .section("区镇党（工）委决定（000 第十五条）")
        .paragraph(dismissal.getDecisionReason() == null ? "（尚未决定）" : dismissal.getDecisionReason())
        .section("办理经过")
        .table(STEP_HEADERS, steps(worker, instance, "000 第十五条"))
        .section("备案（000 第十五条：报市委“两新”工委备案）")
        .paragraph(dismissal.getFilingNumber() == null ? "尚未备案。" : "备案号 " + dismissal.getFilingNumber() + "。")
        .signatures("区镇组织部门经办人", "区镇党（工）委", "市委“两新”工委")
        .footnote("本表由系统根据解聘流程 " + dismissal.businessKey() + " 的办理记录生成。")
        .toPdf();
    return new Sheet("解聘备案表-" + worker.getName() + "-" + dismissal.businessKey(), pdf);
  }

  /**
   * 试用期取消资格备案表 (001 第六条): the worker's disqualified probation — the review (exam against
   * its pass score, the democratic vote) and the rule's grounds, or the qualification problem found
   * on the way; the mentor, the dates, every step, and the filing number once the city office filed
   * it. A worker whose probation was not disqualified has none (404).
   */
  Sheet probation(long workerId) {
    Worker worker = dossiers.visibleWorker(workerId);
    Probation probation = probations.latestOf(worker.getId())
        .filter(found -> found.getStatus() == ProbationStatus.DISQUALIFIED)
        .orElseThrow(() -> new NotFoundException("工作者 " + workerId + " 没有试用期取消资格记录"));
    String town = townName(worker);
    ProbationReview review = probation.getReview();
    List<List<?>> outcome = new ArrayList<>();
    if (review != null) {
      outcome.add(List.of("试用期满考试", review.examScore().stripTrailingZeros().toPlainString() + " 分（及格分 "
          + review.examPassScore().stripTrailingZeros().toPlainString() + " 分）", "001 第六条"));
      int votes = review.excellent() + review.good() + review.fair() + review.poor();
      outcome.add(List.of("民主测评", "优秀 " + review.excellent() + "、良好 " + review.good() + "、一般 " + review.fair()
          + "、差 " + review.poor() + "（“良好”以上 " + (review.excellent() + review.good()) + "/" + votes + " 票）",
          "001 第六条"));
    }
    if (probation.getQualificationProblem() != null) {
      outcome.add(List.of("不符合招录条件", probation.getQualificationProblem(), "001 第六条"));
    }
    outcome.add(List.of("结论", "取消资格：" + probations.describeReasons(probation), "001 第六条"));
    HistoricProcessInstance instance = dossiers.instancesOf(worker, PROBATION_PROCESS).stream()
        .filter(found -> found.getId().equals(probation.getProcessInstanceId())).findFirst().orElse(null);
    String mentor = probation.getMentor() == null ? "（未指定）"
        : probation.getMentor().name() + (probation.getMentor().position() == null ? ""
            : "（" + probation.getMentor().position() + "）");
    byte[] pdf = new PrintedDocument("试用期取消资格备案表", town + "党（工）委")
        .number("编号", probation.businessKey())
        .number("备案号", probation.getFilingNumber() == null ? "尚未备案" : probation.getFilingNumber())
        .fact("姓名", worker.getName())
        .fact("所在区镇", town)
        .fact("录用日期", probation.getHiredOn())
        .fact("试用期最后一日", Probation.PERIOD.lastDay(probation.getHiredOn()))
        .fact("带教师傅", mentor)
        .fact("取消资格日期", probation.getDecidedAt() == null ? null : day.format(probation.getDecidedAt()))
        .fact("目前状态", worker.getStatus().label())
        .fact("试用期结果", probation.getStatus().label())
        .section("试用期考核结果与取消资格理由（001 第六条）")
        .table(List.of("项目", "结果", "依据"), outcome)
        .section("判定依据")
        .paragraph(probation.getDecisionRecordId() == null ? "试用期间发现不符合招录条件，当即取消资格（001 第六条）。"
            : dossiers.decisionSummary(probation.getDecisionRecordId()))
        .section("办理经过")
        .table(STEP_HEADERS, instance == null ? List.of() : steps(worker, instance, "001 第六条"))
        .section("备案（001 第六条：取消资格，报市委“两新”工委办公室备案）")
        .paragraph(probation.getFilingNumber() == null ? "尚未备案。"
            : "备案号 " + probation.getFilingNumber() + "，备案人 " + dossiers.person(probation.getFiledBy(),
                new java.util.HashMap<>()) + "，" + time.format(probation.getFiledAt()) + "。")
        .signatures("区镇组织部门经办人", "区镇党（工）委", "市委“两新”工委办公室")
        .footnote("本表由系统根据试用期流程 " + probation.businessKey() + " 的办理记录生成。")
        .toPdf();
    return new Sheet("试用期取消资格备案表-" + worker.getName() + "-" + probation.businessKey(), pdf);
  }

  /**
   * 聘用通知书 (000 第六条: 录用的专职党务工作者与相关区镇签订岗位聘用合同；001 第六条 试用期两个月):
   * the worker, the post, the town, the contract (number and date) and the probation period, issued
   * by the town's Party (working) committee. The hire is the worker's 录用 on the trail; the contract
   * and the plan come from the recruitment that made it, when there was one.
   */
  Sheet appointment(long workerId) {
    Worker worker = dossiers.visibleWorker(workerId);
    TrailEntry hired = trail.of(worker).stream().filter(entry -> "HIRED".equals(entry.getEvent())).findFirst()
        .orElseThrow(() -> new NotFoundException("工作者 " + workerId + " 没有聘用记录"));
    java.util.Optional<Candidate> candidate = recruitments.hireOf(worker.getId());
    java.util.Optional<Probation> probation = probations.latestOf(worker.getId());
    String town = townName(worker);
    String post = candidate.map(Candidate::getPostId).flatMap(posts::findById).map(Post::getStation)
        .orElseGet(() -> post(worker));
    java.time.LocalDate hiredOn = probation.map(Probation::getHiredOn)
        .or(() -> candidate.map(Candidate::getContractSignedOn))
        .orElseGet(() -> java.time.LocalDate.ofInstant(hired.getOccurredAt(), day.getZone()));
    String contractNumber = candidate.map(Candidate::getContractNumber).orElse(null);
    PrintedDocument document = new PrintedDocument("聘用通知书", town + "党（工）委")
        .number("聘用合同编号", contractNumber == null ? "（未经本系统招录）" : contractNumber)
        .number("工作者编号", worker.getId().toString())
        .fact("姓名", worker.getName())
        .fact("聘用区镇", town)
        .fact("聘用岗位", post)
        .fact("合同签订日期", candidate.map(Candidate::getContractSignedOn).orElse(null))
        .fact("录用日期", hiredOn)
        .fact("试用期", hiredOn + " 至 " + Probation.PERIOD.lastDay(hiredOn) + "（两个月）")
        .fact("目前状态", worker.getStatus().label())
        .fact("试用期结果", probation.map(found -> found.getStatus().label()).orElse(null));
    document.section("通知")
        .paragraph(worker.getName() + " 同志：经" + candidate.map(c -> c.getPlan().getOrganiser().label()).orElse("区镇")
            + "公开招录，你被录用为" + town + "专职党务工作者，聘用于「" + (post == null ? "—" : post) + "」岗位，"
            + "与" + town + "签订岗位聘用合同" + (contractNumber == null ? "" : "（编号 " + contractNumber + "）")
            + "（000 第六条）。试用期两个月，自 " + hiredOn + " 起至 " + Probation.PERIOD.lastDay(hiredOn)
            + " 止；试用期满经考试和民主测评合格的正式聘用，不合格的取消资格（001 第六条）。");
    candidate.ifPresent(hire -> {
      RecruitmentPlan plan = hire.getPlan();
      document.section("招录情况（000 第五、六条）")
          .table(List.of("项目", "内容"), List.of(
              List.of("招录方案", plan.businessKey() + "，" + plan.getOrganiser().label()),
              List.of("招录条件", text(plan.getConditions())),
              List.of("学历", text(hire.getEducation())),
              List.of("笔试成绩", number(hire.getExamScore())),
              List.of("面试成绩", number(hire.getInterviewScore())),
              List.of("综合成绩与名次", number(hire.getTotalScore()) + (hire.getRanking() == null ? ""
                  : "，第 " + hire.getRanking() + " 名"))));
    });
    document.section("录用记录")
        .table(STEP_HEADERS, List.of(List.of(time.format(hired.getOccurredAt()), TrailEvents.label(hired.getEvent()),
            dossiers.person(hired.getActor(), new java.util.HashMap<>()), hired.getDetail(), hired.getArticle())))
        .signatures(town + "组织部门经办人", town + "党（工）委", "本人签收")
        .footnote("本通知书由系统根据" + candidate.map(c -> "招录流程 " + c.getPlan().businessKey() + " 和").orElse("")
            + "工作者记录生成。");
    return new Sheet("聘用通知书-" + worker.getName() + "-" + worker.getId(), document.toPdf());
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? "—" : value;
  }

  private static String number(java.math.BigDecimal value) {
    return value == null ? "—" : value.stripTrailingZeros().toPlainString();
  }

  /** The steps of the one instance: its completed tasks and its trail entries, in time order. */
  private List<List<?>> steps(Worker worker, HistoricProcessInstance instance, String article) {
    record Step(java.time.Instant at, List<?> row) {
    }
    List<Step> steps = new ArrayList<>();
    java.util.Map<String, String> people = new java.util.HashMap<>();
    for (HistoricTaskInstance task : dossiers.completedTasks(instance.getId())) {
      steps.add(new Step(task.getEndTime().toInstant(), List.of(time.format(task.getEndTime().toInstant()),
          task.getName(), task.getAssignee() == null ? "—" : dossiers.person(task.getAssignee(), people), "办理完成",
          article)));
    }
    for (TrailEntry entry : trail.of(worker)) {
      if (instance.getId().equals(entry.getProcessInstanceId())) {
        steps.add(new Step(entry.getOccurredAt(), List.of(time.format(entry.getOccurredAt()),
            TrailEvents.label(entry.getEvent()), dossiers.person(entry.getActor(), people), entry.getDetail(),
            entry.getArticle())));
      }
    }
    steps.sort(java.util.Comparator.comparing(Step::at));
    return steps.stream().<List<?>>map(Step::row).toList();
  }

  /** The committee's reason if it gave one, else what the trail says it decided, else not yet. */
  private String committeeOpinion(Worker worker, HistoricProcessInstance instance, Resignation resignation) {
    if (resignation.getDecisionReason() != null && !resignation.getDecisionReason().isBlank()) {
      return resignation.getDecisionReason();
    }
    return trail.of(worker).stream()
        .filter(entry -> instance.getId().equals(entry.getProcessInstanceId()))
        .filter(entry -> entry.getEvent().equals("RESIGNATION_AGREED") || entry.getEvent().equals("RESIGNATION_REJECTED"))
        .map(TrailEntry::getDetail).reduce((first, last) -> last).orElse("（尚未研究）");
  }

  private HistoricProcessInstance latest(Worker worker, String processKey, String what) {
    List<HistoricProcessInstance> instances = dossiers.instancesOf(worker, processKey);
    if (instances.isEmpty()) {
      throw new NotFoundException("工作者 " + worker.getId() + " 没有" + what + "记录");
    }
    return instances.get(instances.size() - 1);
  }

  private String townName(Worker worker) {
    return units.findById(worker.getTownCode()).map(OrganisationUnit::getName).orElse(worker.getTownCode());
  }

  private String post(Worker worker) {
    return posts.findByWorkerId(worker.getId()).map(Post::getStation).orElse(null);
  }
}
