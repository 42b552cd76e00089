package org.partyaffairs.workforce.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyaffairs.workforce.support.Refusals.assertRefused;

import java.util.List;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.shared.Quarter;
import org.partyaffairs.workforce.support.AtOnce;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Starting a quarter in a town (001 第十八条(三)): one report for each worker in service, never two for
 * one worker and quarter, however often and from however many threads (as two nodes would) it is
 * started. 锦溪镇 is a town no other test uses, so its workers are this test's.
 */
@IntegrationTest
class QuarterlyReportStartsTest {

  private static final String TOWN = "jinxi";

  @Autowired QuarterlyReportStarts starts;
  @Autowired QuarterlyReportRepository reports;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired People people;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aQuarterStartedTwiceAndAtOnceFromFourThreadsGivesEachWorkerInServiceOneReport() throws Exception {
    Worker active = people.activeWorker(TOWN, "锦溪在岗");
    Worker probation = people.workerOnProbation(TOWN, "锦溪试用");
    Quarter quarter = new Quarter(2025, 4);

    List<AtOnce.Outcome<QuarterlyReportStarts.Started>> outcomes = AtOnce.call(List.<Callable<QuarterlyReportStarts.Started>>of(
        () -> starts.start(TOWN, quarter), () -> starts.start(TOWN, quarter), () -> starts.start(TOWN, quarter),
        () -> starts.start(TOWN, quarter)));
    QuarterlyReportStarts.Started again = starts.start(TOWN, quarter);

    assertThat(outcomes).noneMatch(AtOnce.Outcome::failed);
    assertThat(outcomes.stream().mapToInt(outcome -> outcome.value().started()).sum()).isEqualTo(2);
    assertThat(again.started()).isZero();
    assertThat(again.alreadyStarted()).isEqualTo(2);
    assertThat(again.message()).startsWith("锦溪镇2025年第四季度工作汇报：新发起 0 份，此前已发起 2 份");
    for (Worker worker : List.of(active, probation)) {
      assertThat(reports.find(worker.getId(), 2025, 4)).isPresent();
      assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(worker.getId() + "-2025Q4").count())
          .isEqualTo(1);
      assertThat(tasks.createTaskQuery().processInstanceBusinessKey(worker.getId() + "-2025Q4").singleResult().getTenantId())
          .isEqualTo(TOWN);
    }
  }

  @Test
  void aQuarterThatHasNotBegunAndATownThatDoesNotExistAreRefused() {
    assertRefused(() -> starts.start(TOWN, new Quarter(2099, 1)), "2099年第一季度尚未开始");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> starts.start("atlantis", new Quarter(2025, 1)))
        .hasMessage("区镇 atlantis 不存在");
    assertRefused(() -> Quarter.parse("2026Q5"), "季度应写作 2026Q3 或 2026年第三季度，收到「2026Q5」");
    assertThat(Quarter.parse("2026年第三季度")).isEqualTo(new Quarter(2026, 3));
    assertThat(Quarter.parse("2026-q1")).isEqualTo(new Quarter(2026, 1));
  }
}
