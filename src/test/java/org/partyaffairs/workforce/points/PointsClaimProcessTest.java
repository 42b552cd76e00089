package org.partyaffairs.workforce.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.partyaffairs.workforce.support.Refusals.assertRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.support.Refusals;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of PointsClaimProcess (004 附件1 一、考核设置: 涉及加分项目的，可由本人申报并提供相关材料，或至少2名
 * 党员群众予以证明，经党支部审核后认定；一票否决…直接评定其为“不合格”，年度积分为0) on the real engine and database,
 * each step taken by the user of the role that owns it, on Monday 2 March 2026 (10:00 in Kunshan).
 */
@IntegrationTest
class PointsClaimProcessTest {

  static final Instant MONDAY = Instant.parse("2026-03-02T02:00:00Z");
  static final LocalDate LAST_FRIDAY = LocalDate.of(2026, 2, 27);

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired Refusals refusals;
  @Autowired PointsFixtures fixtures;
  @Autowired PointsService points;
  @Autowired WorkingDays workingDays;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void onMondaySecondMarch() {
    init(engine);
    ClockUtil.setCurrentTime(Date.from(MONDAY));
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void aBonusClaimWithTwoWitnessesIsAcceptedByTheDepartmentAndCountsInTheLedger() {
    Worker worker = people.activeWorker("kfq", "𠮷申报");

    ProcessInstance instance = claim(worker, Map.of("item", "13", "count", 1L, "level", "city",
        "witness1", "kfq-worker", "witness2", "kfq-worker3"));

    PointsEntry line = points.of(instance.getId());
    assertThat(instance).isWaitingAt("Task_CheckPointsClaim").hasBusinessKey("PTS-" + line.getId())
        .hasNotPassed("Task_ConfirmVeto");
    assertThat(task(instance)).hasCandidateGroup("town-org-kfq");
    assertThat(task(instance).getName()).isEqualTo("审核加分申报：𠮷申报（昆山开发区，第13项 ×1（市级表彰））");
    assertThat(task(instance).getDueDate().toInstant()).as("service-levels.csv: 5 working days (demo value)")
        .isEqualTo(workingDays.endOf(LocalDate.parse("2026-03-09")).toInstant());
    assertThat(runtimeService.getVariable(instance.getId(), "witnessesText")).isEqualTo("李明、王强");
    assertThat(line.getState()).isEqualTo(PointsEntryState.PROPOSED);
    assertThat(points.standing(worker.getId(), 2026).total()).as("not before the department accepts it").isEqualTo(100);

    forms.work(instance, "kfq-org", "huaqiao-org", Map.of("decision", "ACCEPT"));

    assertThat(instance).isEnded().hasPassed("EndEvent_ClaimAccepted");
    assertThat(points.of(instance.getId()).getState()).isEqualTo(PointsEntryState.ACCEPTED);
    assertThat(points.standing(worker.getId(), 2026).total()).as("004 附件2 第13项 市级表彰 +10").isEqualTo(110);
    assertThat(refusals.trailOf(worker, instance)).extracting(TrailEntry::getEvent)
        .containsExactly("POINTS_CLAIM_ACCEPTED");
    assertThat(refusals.trailOf(worker, instance)).extracting(TrailEntry::getArticle).containsOnly("004 附件1 一、考核设置");
  }

  @Test
  void aRefusedClaimNeedsItsReasonAndDoesNotCount() {
    Worker worker = people.activeWorker("huaqiao", "申报被拒");
    ProcessInstance instance = claim(worker, Map.of("item", "9", "count", 2L, "evidence", "调解协议书两份"));
    assertThat(task(instance).getName()).isEqualTo("审核加分申报：申报被拒（花桥经济开发区，第9项 ×2）");

    assertRefused(() -> forms.complete(task(instance), "huaqiao-org", Map.of("decision", "REFUSE")), "必须说明理由");
    assertThat(instance).isWaitingAt("Task_CheckPointsClaim");
    forms.complete(task(instance), "huaqiao-org", Map.of("decision", "REFUSE", "decisionNote", "调解协议未载明本人参与"));

    assertThat(instance).isEnded().hasPassed("EndEvent_ClaimRefused");
    PointsEntry line = points.of(instance.getId());
    assertThat(line.getState()).isEqualTo(PointsEntryState.REFUSED);
    assertThat(line.getReason()).isEqualTo("调解协议未载明本人参与");
    assertThat(points.standing(worker.getId(), 2026).total()).isEqualTo(100);
    assertThat(refusals.trailOf(worker, instance)).singleElement().extracting(TrailEntry::getDetail).asString()
        .contains("不予认定", "调解协议未载明本人参与");
  }

  @Test
  void aVetoCountsOnlyOnceTheTownCommitteeConfirmsIt() {
    Worker worker = people.activeWorker("kfq", "否决确认");
    fixtures.record(worker.getId(), "kfq", 13, 1, "province", LAST_FRIDAY);

    PointsEntry veto = fixtures.record(worker.getId(), "kfq", 2, 1, null, LAST_FRIDAY);

    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(points.lines(worker.getId(), 2026).get(1).getProcessInstanceId()).singleResult();
    assertThat(veto.getState()).isEqualTo(PointsEntryState.PROPOSED);
    assertThat(instance).isWaitingAt("Task_ConfirmVeto").hasNotPassed("Task_CheckPointsClaim");
    assertThat(task(instance)).hasCandidateGroup("town-committee-kfq");
    assertThat(task(instance).getName()).isEqualTo("确认一票否决：否决确认（昆山开发区，一票否决第2项）");
    assertThat(points.standing(worker.getId(), 2026).total()).as("the veto waits: 100 + 20").isEqualTo(120);

    forms.work(instance, "kfq-committee", "huaqiao-committee", Map.of("decision", "ACCEPT", "decisionNote", "经民主评议"));

    assertThat(instance).isEnded().hasPassed("EndEvent_VetoConfirmed");
    PointsService.Standing standing = points.standing(worker.getId(), 2026);
    assertThat(standing.veto()).isTrue();
    assertThat(standing.total()).as("004 附件1: 一票否决，年度积分为0").isZero();
    assertThat(points.ledgerText(worker.getId(), 2026)).isEqualTo("13 1 province\n否决 2");
  }

  @Test
  void aVetoTheCommitteeDoesNotConfirmNeverCounts() {
    Worker worker = people.activeWorker("zhangpu", "否决不确认");
    fixtures.record(worker.getId(), "zhangpu", 6, 1, null, LAST_FRIDAY);
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(points.lines(worker.getId(), 2026).get(0).getProcessInstanceId()).singleResult();

    assertThatThrownBy(() -> forms.complete(task(instance), "zhangpu-org", Map.of("decision", "ACCEPT")))
        .as("offered to the committee only").isInstanceOf(AuthorizationException.class);
    assertRefused(() -> points.confirmVeto(instance.getId(), fixtures.actor("zhangpu-org"), PointsDecision.ACCEPT, null),
        "区镇党（工）委确认");
    forms.complete(task(instance), "zhangpu-committee", Map.of("decision", "REFUSE", "decisionNote", "情节不属严重违纪"));

    assertThat(instance).isEnded().hasPassed("EndEvent_VetoRefused");
    assertThat(points.standing(worker.getId(), 2026).veto()).isFalse();
    assertThat(points.standing(worker.getId(), 2026).total()).isEqualTo(100);
  }

  @Test
  void witnessesAreTwoOtherPeopleOfTheWorkersOwnTownAndWithoutThemEvidenceIsNeeded() {
    Worker worker = people.activeWorker("kfq", "证明人核对");
    long before = lines();

    refusals.assertNothingStarted(() -> claim(worker, Map.of("item", "8", "count", 1L)),
        "须提供相关材料，或由至少2名党员群众予以证明", this::lines);
    refusals.assertNothingStarted(() -> claim(worker, Map.of("item", "8", "count", 1L, "witness1", "kfq-worker")),
        "证明人须为两名", this::lines);
    refusals.assertNothingStarted(() -> claim(worker, Map.of("item", "8", "count", 1L,
        "witness1", worker.getUserId(), "witness2", "kfq-worker")), "证明人不能是工作者本人", this::lines);
    refusals.assertNothingStarted(() -> claim(worker, Map.of("item", "8", "count", 1L,
        "witness1", "kfq-worker", "witness2", "kfq-worker")), "两名证明人不能是同一人", this::lines);
    refusals.assertNothingStarted(() -> claim(worker, Map.of("item", "8", "count", 1L,
        "witness1", "kfq-worker", "witness2", "huaqiao-worker")), "证明人「huaqiao-worker」不是本区镇的用户", this::lines);
    refusals.assertNothingStarted(() -> claim(worker, Map.of("item", "8", "count", 1L,
        "witness1", "kfq-worker", "witness2", "office")), "证明人「office」不是本区镇的用户", this::lines);
    refusals.assertNothingStarted(() -> claim(worker, Map.of("item", "8", "count", 1L,
        "witness1", "kfq-worker", "witness2", "nobody-such")), "不是本区镇的用户", this::lines);
    refusals.assertNothingStarted(() -> claim(worker, Map.of("item", "17", "count", 1L, "evidence", "材料")),
        "本人只能申报加分项目", this::lines);
    refusals.assertNothingStarted(() -> claim(worker, Map.of("item", "13", "count", 1L, "evidence", "表彰文件")),
        "第13项须注明 level", this::lines);
    refusals.assertNothingStarted(() -> claim(worker, Map.of("item", "8", "count", 1L, "evidence", "材料",
        "occurredOn", "2026-03-03")), "不能晚于今天", this::lines);
    refusals.assertNothingStarted(() -> claim(worker, Map.of("item", "8", "count", 1L, "evidence", "材料",
        "entryId", 1L)), "不能指定台账行", this::lines);
    assertThat(lines()).isEqualTo(before);

    ProcessInstance accepted = claim(worker, Map.of("item", "8", "count", 1L, "witness1", "kfq-worker",
        "witness2", "kfq-org"));
    assertThat(accepted).isWaitingAt("Task_CheckPointsClaim");
  }

  @Test
  void theDepartmentsDeductionNeedsEvidenceOrTwoWitnessesAndCountsAtOnce() {
    Worker worker = people.activeWorker("kfq", "减分登记");
    assertRefused(() -> points.record(fixtures.actor("kfq-org"), worker.getId(), 17, 1, null, LAST_FRIDAY, " ",
        List.of()), "须提供相关材料，或由至少2名党员群众予以证明");
    assertRefused(() -> points.record(fixtures.actor("kfq-committee"), worker.getId(), 17, 1, null, LAST_FRIDAY,
        "党费缴纳记录", List.of()), "区镇组织部门登记");
    assertRefused(() -> points.record(fixtures.actor("kfq-org"), worker.getId(), 22, 1, "light", LAST_FRIDAY,
        "处分决定", List.of()), "第22项的 level 只能是");
    assertThat(points.lines(worker.getId(), 2026)).isEmpty();

    PointsEntry line = points.record(fixtures.actor("kfq-org"), worker.getId(), 17, 2, null, LAST_FRIDAY, null,
        List.of("kfq-worker", "kfq-committee"));

    assertThat(line.getState()).isEqualTo(PointsEntryState.ACCEPTED);
    assertThat(line.getProcessInstanceId()).as("no review for the department's own line").isNull();
    assertThat(points.standing(worker.getId(), 2026).total()).as("004 附件2 第17项 每次减3分").isEqualTo(94);
  }

  private ProcessInstance claim(Worker worker, Map<String, Object> form) {
    Map<String, Object> submitted = new HashMap<>(form);
    submitted.putIfAbsent("occurredOn", LAST_FRIDAY.toString());
    return forms.start("PointsClaimProcess", worker.getUserId(), submitted);
  }

  private long lines() {
    return jdbc.queryForObject("select count(*) from points_entry", Long.class);
  }
}
