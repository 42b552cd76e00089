package org.partyaffairs.workforce.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * NoticeObjectionProcess, the objection raised in Tasklist: the objector chooses one of the town's
 * open entries and writes the grounds; the objection reaches the notice's investigation once.
 */
@IntegrationTest
class NoticeObjectionProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired PublishedNotices published;
  @Autowired People people;
  @Autowired Forms forms;

  @BeforeEach
  void start() {
    init(engine);
    // A day of its own, so that notices of other tests have closed by then.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-01T02:00:00Z")));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void theObjectorChoosesAmongTheOpenEntriesOfTheirOwnTownOnly() {
    Notice kfq = published.of(published.publish("kfq", "choice-kfq").getId());
    Notice huaqiao = published.of(published.publish("huaqiao", "choice-huaqiao").getId());

    ProcessInstance objection = startObjection("kfq-worker");

    assertThat(objection).isWaitingAt("Task_SubmitObjection").task().isAssignedTo("kfq-worker");
    assertThat(options(objection)).contains(Map.of("label", "2026年度考核结果公示 · 李明 2026年度考核：85分 合格",
        "value", kfq.getId() + ":" + entryId(kfq)));
    assertThat(options(objection)).extracting(option -> option.get("value"))
        .doesNotContain(huaqiao.getId() + ":" + entryId(huaqiao));
  }

  @Test
  void theChosenEntryReachesTheInvestigationOnceEvenIfSubmittedTwice() {
    ProcessInstance notice = published.publish("kfq", "twice");
    Notice published = this.published.of(notice.getId());
    Map<String, Object> form = Map.of("entry", published.getId() + ":" + entryId(published), "grounds", "考核分数计算有误");

    ProcessInstance first = startObjection("kfq-worker");
    ProcessInstance second = startObjection("kfq-worker");
    submit(first, "kfq-worker", form);
    submit(second, "kfq-worker", form);

    Objection raised = this.published.of(notice.getId()).getObjections().get(0);
    assertThat(this.published.of(notice.getId()).getObjections()).singleElement()
        .satisfies(objection -> assertThat(objection.getObjector()).isEqualTo("kfq-worker"));
    assertThat(first).isEnded().hasPassed("EndEvent_ObjectionRegistered");
    assertThat(businessKey(first)).isEqualTo("OBJ-" + raised.getId()).isEqualTo(businessKey(second));
    assertThat(first.getTenantId()).isEqualTo("kfq");
    assertThat(task("Task_InvestigateObjection", notice)).isNotNull();
  }

  @Test
  void withNoNoticeInItsPeriodTheStartIsRefusedAndNothingRemains() {
    long instances = runtimeService.createProcessInstanceQuery().count();

    assertThatThrownBy(() -> startObjection("zhangpu-worker")).isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("没有处于公示期内的公示");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void aSubmissionAfterTheNoticeClosedIsRefusedAndTheTaskStays() {
    ProcessInstance notice = published.publish("kfq", "late");
    Notice open = published.of(notice.getId());
    ProcessInstance objection = startObjection("kfq-worker");
    ClockUtil.setCurrentTime(Date.from(open.getClosesAt().plusSeconds(1)));

    assertThatThrownBy(() -> submit(objection, "kfq-worker",
        Map.of("entry", open.getId() + ":" + entryId(open), "grounds", "晚了"))).isInstanceOf(NoticeClosedException.class);
    assertThat(objection).isWaitingAt("Task_SubmitObjection");
    assertThat(published.of(notice.getId()).getObjections()).isEmpty();
  }

  @Test
  void aMalformedOrMissingChoiceIsRefusedWithTheFieldNamed() {
    published.publish("kfq", "malformed");
    ProcessInstance objection = startObjection("kfq-worker");

    assertThatThrownBy(() -> submit(objection, "kfq-worker", Map.of("entry", "7", "grounds", "理由")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("公示条目");
    assertThatThrownBy(() -> submit(objection, "kfq-worker", Map.of("grounds", "理由")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("公示条目");
    assertThat(objection).isWaitingAt("Task_SubmitObjection");
  }

  @Test
  void anUnsubmittedObjectionEndsWhenTheLastOfferedNoticeCloses() {
    Notice open = published.of(published.publish("kfq", "abandoned").getId());
    ProcessInstance objection = startObjection("kfq-worker");

    ClockUtil.setCurrentTime(Date.from(open.getClosesAt()));
    managementService.executeJob(job("BoundaryEvent_NoticesClosed", objection).getId());

    assertThat(objection).isEnded().hasPassed("EndEvent_ObjectionNotSubmitted");
  }

  private ProcessInstance startObjection(String userId) {
    return forms.start(ObjectionProcessVariables.PROCESS_KEY, userId, Map.of());
  }

  private void submit(ProcessInstance objection, String userId, Map<String, Object> form) {
    forms.complete(task("Task_SubmitObjection", objection), userId, form);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, String>> options(ProcessInstance objection) {
    return (List<Map<String, String>>) runtimeService.getVariable(objection.getId(),
        ObjectionProcessVariables.OBJECTABLE_ENTRIES);
  }

  private String businessKey(ProcessInstance instance) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getBusinessKey();
  }

  private static Long entryId(Notice notice) {
    return notice.getEntries().get(0).getId();
  }
}
