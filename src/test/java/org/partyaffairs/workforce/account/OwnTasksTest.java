package org.partyaffairs.workforce.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.HashMap;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.post.Staffing;
import org.partyaffairs.workforce.probation.ProbationStart;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worker's own acts (001 第十八条(一) the public commitment; 000 第十六条) are theirs once their
 * account logs in: the commitment task is assigned to them, and still offered to the town
 * organisation department, which records it for a worker whose account waits for activation.
 */
@IntegrationTest
class OwnTasksTest {

  private static final LocalDate HIRED_ON = LocalDate.parse("2031-09-01");
  private static final Map<String, Object> MENTOR = Map.of("mentorName", "王师傅", "mentorPosition", "组织委员");
  private static final Map<String, Object> COMMITMENT = Map.of("workCommitment", "每月走访所联系两新组织不少于4次",
      "integrityCommitment", "不收受服务对象任何财物", "commitmentMadeOn", HIRED_ON.toString());

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired Staffing staffing;
  @Autowired ProbationStart probationStart;
  @Autowired Forms forms;
  @Autowired People people;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void start() {
    init(engine);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-09-01T02:00:00Z")));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void untilTheWorkerActivatesTheirAccountTheTownOrganisationDepartmentRecordsTheCommitment_001第十八条一() {
    Worker worker = hire("待激活承诺人");
    ProcessInstance probation = probationStart.of(worker.getId(), HIRED_ON);
    forms.complete(task(probation), "kfq-org", MENTOR);

    Task commitment = task(probation);
    assertThat(commitment.getTaskDefinitionKey()).isEqualTo("Task_MakeCommitment");
    assertThat(commitment.getAssignee()).isNull();
    assertThat(candidateGroups(commitment)).containsExactly("town-org-kfq");
    forms.complete(commitment, "kfq-org", COMMITMENT);
    assertThat(task(probation)).isNull();
  }

  @Test
  void anActivatedWorkerIsGivenTheirWaitingCommitmentAndMakesItThemself_001第十八条一() {
    Worker worker = hire("激活承诺人");
    String userId = "kfq-gz" + worker.getId();
    ProcessInstance probation = probationStart.of(worker.getId(), HIRED_ON);
    forms.complete(task(probation), "kfq-org", MENTOR);
    assertThat(task(probation).getAssignee()).isNull();

    activate(worker, userId);

    Task commitment = task(probation);
    assertThat(commitment.getAssignee()).isEqualTo(userId);
    assertThat(candidateGroups(commitment)).containsExactly("town-org-kfq");
    Http http = new Http(port);
    assertThat(http.get("/engine-rest/task?firstResult=0&maxResults=10&taskDefinitionKey=Task_MakeCommitment&assignee=" + userId, userId,
        AccountActivationTest.STRONG).body()).contains(commitment.getId(), "激活承诺人");
    forms.complete(commitment, userId, COMMITMENT);
    assertThat(task(probation)).isNull();
  }

  @Test
  void aCommitmentCreatedAfterActivationIsTheWorkersAndNoOtherWorkerOfTheTownMayMakeIt() {
    Worker worker = hire("先激活人");
    activate(worker, "kfq-gz" + worker.getId());
    ProcessInstance probation = probationStart.of(worker.getId(), HIRED_ON);
    forms.complete(task(probation), "kfq-org", MENTOR);

    Task commitment = task(probation);
    assertThat(commitment.getAssignee()).isEqualTo("kfq-gz" + worker.getId());
    people.actAs("kfq-worker");
    assertThatThrownBy(() -> formService.submitTaskForm(commitment.getId(), new HashMap<>(COMMITMENT)))
        .isInstanceOf(AuthorizationException.class);
    people.actAsSystem();
    forms.complete(commitment, "kfq-gz" + worker.getId(), COMMITMENT);
    assertThat(task(probation)).isNull();
  }

  @Test
  void theDepartmentStillRecordsACommitmentTheModelGaveToTheWorker() {
    Worker worker = hire("代为记录人");
    activate(worker, "kfq-gz" + worker.getId());
    ProcessInstance probation = probationStart.of(worker.getId(), HIRED_ON);
    forms.complete(task(probation), "kfq-org", MENTOR);

    Task commitment = task(probation);
    assertThat(commitment.getAssignee()).isEqualTo("kfq-gz" + worker.getId());
    // Assigned by the model, not claimed from the group: the group may still record it for the worker.
    people.actAs("kfq-org");
    formService.submitTaskForm(commitment.getId(), new HashMap<>(COMMITMENT));
    people.actAsSystem();
    assertThat(task(probation)).isNull();
  }

  /** Every task the models give to {@code ownTasks} is one the handing-over knows, and no other. */
  @Test
  void theModelsOwnTasksAreExactlyThoseHandedOverOnActivation() throws IOException {
    List<String> own = new ArrayList<>();
    Pattern task = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"[^>]*camunda:assignee=\"\\$\\{ownTasks\\.assigneeOf\\(execution\\)\\}\"");
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        Matcher matcher = task.matcher(Files.readString(model, StandardCharsets.UTF_8));
        while (matcher.find()) {
          own.add(matcher.group(1));
        }
      }
    }
    assertThat(own).containsExactlyInAnyOrderElementsOf(OwnTasks.ACTIVITIES);
  }

  private void activate(Worker worker, String userId) {
    AccountLetters letters = new AccountLetters(port);
    String code = letters.letter(worker.getId(), "kfq-org", "demo").code();
    var answer = new Http(port).postJson("/account/activate", null, null, "{\"userId\":\"" + userId + "\",\"code\":\""
        + code + "\",\"password\":\"" + AccountActivationTest.STRONG + "\"}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  private Worker hire(String name) {
    return transaction.execute(status -> staffing.hire(name, "kfq", null, "测试区域党建工作站", "test"));
  }

  private Task task(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(group -> group != null).toList();
  }
}
