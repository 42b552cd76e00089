package org.partyaffairs.workforce.resignation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resignation from application to filing as the people involved take it, each seeing only their
 * own work; run on H2 ({@link ResignationFlowTest}) and on MySQL ({@link ResignationFlowMySqlIT}).
 * Names and reasons carry 𠮷, a 4-byte character, through the application's and Camunda's tables.
 */
abstract class ResignationFlowScenario {

  static final String FOUR_BYTE_NAME = "𠮷野春";
  static final String FOUR_BYTE_REASON = "回𠮷林老家照顾父母";

  @Autowired People people;
  @Autowired Forms forms;
  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired WorkerRepository workers;
  @Autowired ResignationService resignations;
  @Autowired Trail trail;
  @Autowired Clock clock;

  @AfterEach
  void actAsSystem() {
    people.actAsSystem();
  }

  @Test
  void aResignationGoesFromApplicationToFilingAndOtherTownsNeverSeeIt() {
    Worker worker = people.activeWorker("kfq", FOUR_BYTE_NAME);
    LocalDate lastDay = LocalDate.now(clock).plusDays(14);

    people.actAs(worker.getUserId());
    ProcessInstance instance = formService.submitStartForm(definitionId(),
        Map.of("reason", FOUR_BYTE_REASON, "lastWorkingDay", lastDay.toString()));

    forms.work(instance, "kfq-org", "huaqiao-org", Map.of("writtenApplicationReceived", true, "receiptNote", "原件已存档"));
    forms.work(instance, "kfq-committee", "huaqiao-committee", Map.of("decision", "AGREE"));
    forms.work(instance, "office", "huaqiao-org", Map.of("filingNumber", "昆两新备〔2026〕𠮷3号"));

    people.actAsSystem();
    // Event_LastWorkingDayEnded, then Task_EndServiceByResignation
    for (int job = 0; job < 2; job++) {
      managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId()).singleResult()
          .getId());
    }

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getEndActivityId()).isEqualTo("EndEvent_WorkerResigned");
    Worker stored = workers.findById(worker.getId()).orElseThrow();
    assertThat(stored.getStatus()).isEqualTo(WorkerStatus.RESIGNED);
    assertThat(stored.getName()).isEqualTo(FOUR_BYTE_NAME);
    assertThat(resignations.of(instance.getId()).getReason()).isEqualTo(FOUR_BYTE_REASON);
    assertThat(resignations.of(instance.getId()).getFilingNumber()).isEqualTo("昆两新备〔2026〕𠮷3号");
    assertThat(trail.of(stored)).extracting(TrailEntry::getEvent).containsExactly("HIRED", "CONFIRMED",
        "RESIGNATION_SUBMITTED", "RESIGNATION_RECEIVED", "RESIGNATION_AGREED", "RESIGNATION_FILED", "WORKER_RESIGNED",
        "ACCESS_ENDED");
    assertThat(trail.of(stored).get(2).getDetail()).contains(FOUR_BYTE_REASON);
  }

  @Test
  void fourByteCharactersRoundTripThroughCamundasOwnTables() {
    Worker worker = people.activeWorker("zhangpu", FOUR_BYTE_NAME);
    people.actAs(worker.getUserId());
    ProcessInstance instance = formService.submitStartForm(definitionId(),
        Map.of("reason", FOUR_BYTE_REASON, "lastWorkingDay", LocalDate.now(clock).plusDays(3).toString()));
    people.actAsSystem();

    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("workerName").singleResult().getValue()).isEqualTo(FOUR_BYTE_NAME);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("reason").singleResult().getValue()).isEqualTo(FOUR_BYTE_REASON);
    assertThat(identityService.createUserQuery().userId(worker.getUserId()).singleResult().getFirstName())
        .isEqualTo(FOUR_BYTE_NAME);
  }

  private String definitionId() {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey("ResignationProcess").latestVersion()
        .singleResult().getId();
  }
}
