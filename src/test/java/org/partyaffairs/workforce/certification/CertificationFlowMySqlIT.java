package org.partyaffairs.workforce.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.assessment.AssessmentGraded;
import org.partyaffairs.workforce.rules.facts.Grade;
import org.partyaffairs.workforce.exchange.ExchangeFixtures;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.support.AtOnce;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.MySqlTestDatabase;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Certification on MySQL (profile mysql-it: {@code ./mvnw verify -Pmysql-it -Dit.test=CertificationFlowMySqlIT},
 * database {@code workforce_certification_it}): the city office opens the 2026 round from two threads
 * at once and every worker in post gets exactly one application; a worker whose name carries 𠮷 (a
 * 4-byte character) goes from 个人申报 to the numbered certificate; the next annual assessment's 年检
 * pays the allowance and the city office confirms the year's list.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test", "mysql"})
class CertificationFlowMySqlIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MySqlTestDatabase.register("workforce_certification_it", registry);
  }

  @Autowired People people;
  @Autowired Forms forms;
  @Autowired RuntimeService runtime;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CertificationRounds rounds;
  @Autowired CertificationApplicationRepository applications;
  @Autowired CertificationRoundRepository roundRepository;
  @Autowired CertificationService service;
  @Autowired CertificateRepository certificates;
  @Autowired CertificationFixtures fixtures;
  @Autowired ExchangeFixtures history;
  @Autowired AllowanceService allowances;
  @Autowired WorkerRepository workers;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired Trail trail;

  @BeforeEach
  void onMondaySecondMarch() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T02:00:00Z")));
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void aRoundOpenedFromTwoThreadsAtOnceInvitesEveryWorkerInPostOnce() throws Exception {
    people.activeWorker("kfq", "𠮷轮次");
    Actor office = Actor.user("office", java.util.Set.of("city-office"), java.util.Set.of("kfq", "huaqiao", "zhangpu"));
    LocalDate deadline = LocalDate.of(2026, 3, 20);

    List<AtOnce.Outcome<CertificationRounds.Opened>> opened = AtOnce.call(List.of(
        () -> rounds.open(office, 2026, deadline), () -> rounds.open(office, 2026, deadline)));

    assertThat(opened).noneMatch(AtOnce.Outcome::failed);
    CertificationRound round = roundRepository.findByYear(2026).orElseThrow();
    long inPost = workers.findAll().stream().filter(worker -> worker.getStatus() == WorkerStatus.ACTIVE).count();
    List<Long> invited = applications.workersOfRound(round.getId());
    assertThat(invited).doesNotHaveDuplicates().hasSize((int) inPost);
    assertThat(opened.get(0).value().started() + opened.get(1).value().started()).isEqualTo((int) inPost);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("CertificationProcess")
        .variableValueEquals("certificationRoundId", round.getId()).count()).isEqualTo(inPost);
    CertificationRounds.Opened again = rounds.open(office, 2026, deadline);
    assertThat(again.started()).isZero();
    assertThat(again.alreadyStarted()).isEqualTo((int) inPost);
  }

  @Test
  void aWorkerGoesFromTheApplicationToTheCertificateAndTheYearsAllowanceIsConfirmed() {
    Worker worker = people.activeWorker("kfq", "𠮷认证");
    fixtures.hiredOn(worker, LocalDate.of(2020, 3, 2));
    fixtures.passedTrainingTest(worker);
    history.graded(worker, Map.of(2004, "QUALIFIED"));
    ProcessInstance instance = fixtures.start(worker);

    forms.complete(task(instance), worker.getUserId(), Map.of("apply", "APPLY", "requestedLevel", "PRIMARY",
        "statement", "𠮷：牵头开展区域党建联建"));
    runJob(instance);
    assertThat(service.byProcess(instance.getId()).getEligible()).isTrue();
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("town-org-huaqiao")
        .count()).isZero();
    forms.complete(task(instance), "kfq-org", Map.of("reviewDecision", "PASS"));
    forms.complete(task(instance), "kfq-org", Map.of("visitedOn", "2026-03-02", "visitors", "孙丽",
        "visitFindings", "𠮷 评价良好"));
    forms.complete(task(instance), "office", Map.of("panelScore", 86.5, "recommendation", "RECOMMEND",
        "panelOpinion", "建议认定为初级"));
    runJob(instance);
    ProcessInstance notice = runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-09T02:00:00Z")));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(notice.getId())
        .activityId("Event_NoticePeriodElapsed").singleResult().getId());
    runJob(instance);

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    Certificate certificate = certificates.findByWorkerIdOrderByIdDesc(worker.getId()).get(0);
    assertThat(certificate.getNumber()).startsWith("两新认证〔2026〕");
    assertThat(trail.of(worker)).extracting(TrailEntry::getDetail)
        .anyMatch(detail -> detail.contains("颁发等级证书 " + certificate.getNumber()))
        .anyMatch(detail -> detail.contains("𠮷 评价良好"));

    transaction.executeWithoutResult(status -> events.publishEvent(
        new AssessmentGraded(worker.getId(), 2026, Grade.QUALIFIED, "合格", "assessment-" + worker.getId())));
    String list = runtime.startProcessInstanceByKey("RedCollarAllowanceProcess", "allowance-2026",
        Map.of("allowanceYear", 2026)).getId();
    AllowanceList compiled = allowances.of(2026).orElseThrow();
    assertThat(compiled.getLines()).anySatisfy(line -> {
      assertThat(line.getWorkerName()).isEqualTo("𠮷认证");
      assertThat(line.getAllowance()).isEqualTo(2400);
    });
    Task confirm = taskService.createTaskQuery().processInstanceId(list).singleResult();
    forms.complete(confirm, "office", Map.of("allowanceConfirmed", true));
    assertThat(allowances.of(2026).orElseThrow().getConfirmedBy()).isEqualTo("office");
    assertThat(allowances.xlsx(2026)).startsWith((byte) 'P', (byte) 'K');
  }

  private Task task(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private void runJob(ProcessInstance instance) {
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId()).singleResult()
        .getId());
  }
}
