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
import org.partyaffairs.workforce.resignation.Resignation;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sheets a town files with the city office, printed from the process that files them: 辞职备案表
 * (ResignationProcess, 000 第十六条) and 解聘备案表 with the grounds and the evidence
 * (DismissalProcess, 000 第十四、十五条, 001 第十九条). Each is the worker's latest such process; it
 * carries its filing number once filed, and the steps taken so far (who, when) until then, so the
 * filing task's form can offer it before the number is entered.
 */
@Component
@Transactional(readOnly = true)
class FilingSheets {

  static final String RESIGNATION_PROCESS = "ResignationProcess";
  static final String DISMISSAL_PROCESS = "DismissalProcess";
  static final List<String> STEP_HEADERS = List.of("时间", "环节", "办理人", "说明", "依据");

  private final DossierService dossiers;
  private final DismissalRepository dismissals;
  private final OrganisationUnitRepository units;
  private final PostRepository posts;
  private final Trail trail;
  private final DateTimeFormatter time;

  FilingSheets(DossierService dossiers, DismissalRepository dismissals, OrganisationUnitRepository units,
      PostRepository posts, Trail trail, WorkforceProperties properties) {
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
