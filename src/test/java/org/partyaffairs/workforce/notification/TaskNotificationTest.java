package org.partyaffairs.workforce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A task's people hear of it (issue 25 item 2, 3): the outbox row is written with the task, the
 * sender delivers it to a real SMTP server (GreenMail) or a local group robot, and a mail server
 * that is down loses nothing and sends nothing twice. The clock is the engine's, moved by the test:
 * Monday 2 March 2026, 10:00 in Beijing, a working day of {@code rules/calendar/2026.csv}; the
 * resignation's first task (接收辞职申请, 000 第十六条) is due in 3 working days, on Thursday.
 */
@IntegrationTest
class TaskNotificationTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2026, 3, 2, 10, 0);

  @LocalServerPort int port;
  @Autowired Resignations fixture;
  @Autowired People people;
  @Autowired Recipients recipients;
  @Autowired FormService formService;
  @Autowired RepositoryService repositoryService;
  @Autowired TaskService taskService;
  @Autowired OutboxSender sender;
  @Autowired OutboxRepository outbox;
  @Autowired JavaMailSenderImpl mailSender;

  @BeforeEach
  void mondayMorning() {
    at(MONDAY_MORNING);
  }

  @AfterEach
  void backToNow() {
    people.actAsSystem();
    ClockUtil.reset();
  }

  @Test
  void aNewTaskReachesEveryMemberOfItsGroupByMailNamingTheTaskTheWorkerTheDeadlineAndTheLink() {
    String approver = recipients.memberOf(Groups.townOrg("zhangpu"), "章晓");
    try (Mailbox mailbox = Mailbox.open(mailSender.getPort())) {
      Resignations.Resignation resignation = resign("zhangpu", "通知甲");

      drain();

      List<Mailbox.Mail> mails = mailbox.to(Recipients.email(approver));
      assertThat(mails).hasSize(1);
      Mailbox.Mail mail = mails.get(0);
      assertThat(mail.subject()).isEqualTo("【待办】" + resignation.task().getName());
      assertThat(resignation.task().getName()).contains("通知甲");
      assertThat(mail.body()).contains("您有一项新的待办事项：接收辞职申请：通知甲", "工作者：通知甲",
          "办理期限：2026年3月5日 23:59",
          "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + resignation.task().getId());
      assertThat(mail.body()).as("no form contents: the reason stays in the application").doesNotContain(REASON);
      assertThat(outbox.findByTaskIdOrderById(resignation.task().getId())).filteredOn(row -> row.getRecipient()
          .equals(approver)).singleElement().satisfies(row -> {
            assertThat(row.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(row.getChannel()).isEqualTo(Channel.MAIL);
            assertThat(row.getAttempts()).isEqualTo(1);
          });
      // The demo's zhangpu-org has no e-mail: kept as NO_ADDRESS, not retried.
      assertThat(outbox.findByTaskIdOrderById(resignation.task().getId())).filteredOn(row -> row.getRecipient()
          .equals("zhangpu-org")).singleElement().extracting(OutboxMessage::getStatus).isEqualTo(OutboxStatus.NO_ADDRESS);
    }
  }

  @Test
  void theRowIsWrittenWithTheTaskAndRolledBackWithIt() {
    String approver = recipients.memberOf(Groups.townOrg("zhangpu"), "章晓");
    Resignations.Resignation resignation = resign("zhangpu", "通知乙");
    assertThat(outbox.findByRecipientOrderById(approver)).extracting(OutboxMessage::getTaskId)
        .containsExactly(resignation.task().getId());

    // The task and its rows are one transaction: rolled back, neither is left.
    String other = recipients.memberOf(Groups.townOrg("zhangpu"), "章晓");
    Worker worker = people.activeWorker("zhangpu", "通知丙");
    String instanceId = transaction.execute(status -> {
      people.actAs(worker.getUserId());
      ProcessInstance started = formService.submitStartForm(definitionId(),
          Map.of("reason", REASON, "lastWorkingDay", "2026-04-30"));
      people.actAsSystem();
      assertThat(outbox.findByRecipientOrderById(other)).as("written with the task").hasSize(1);
      status.setRollbackOnly();
      return started.getId();
    });
    assertThat(taskService.createTaskQuery().processInstanceId(instanceId).count()).isZero();
    assertThat(outbox.findByRecipientOrderById(other)).isEmpty();
  }

  @Test
  void aPersonWhoChoseTheGroupRobotGetsTheTaskAsRobotJson() throws Exception {
    String approver = recipients.memberOf(Groups.townOrg("zhangpu"), "章晓");
    try (Robot robot = new Robot()) {
      Http http = new Http(port);
      var answer = http.putJson("/api/notifications/profile", approver, Recipients.PASSWORD,
          "{\"channel\":\"WEBHOOK\",\"webhookUrl\":\"" + robot.url() + "\"}");
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      assertThat(answer.body()).contains("群机器人", Recipients.email(approver));

      Resignations.Resignation resignation = resign("zhangpu", "通知丁");
      drain();

      assertThat(robot.received()).singleElement().satisfies(body -> {
        assertThat(body).startsWith("{").contains("\"msgtype\":\"text\"", "\"content\":\"【待办】接收辞职申请：通知丁",
            "工作者：通知丁", "?task=" + resignation.task().getId()).endsWith("application/json; charset=utf-8");
      });
      assertThat(outbox.findByRecipientOrderById(approver)).singleElement()
          .satisfies(row -> assertThat(row.getChannel()).isEqualTo(Channel.WEBHOOK));
    }
  }

  @Test
  void aMailServerThatIsDownLosesNothingRetriesWithBackOffAndDeliversOnceWhenItIsBack() {
    String approver = recipients.memberOf(Groups.townOrg("zhangpu"), "章晓");
    Resignations.Resignation resignation = resign("zhangpu", "通知戊");

    drain(); // nobody listens on the port
    OutboxMessage row = rowFor(approver);
    assertThat(row.getStatus()).isEqualTo(OutboxStatus.PENDING);
    assertThat(row.getAttempts()).isEqualTo(1);
    assertThat(row.getLastError()).isNotBlank();
    assertThat(row.getNextAttemptAt()).isEqualTo(instant(MONDAY_MORNING.plusMinutes(1)));

    drain(); // not due yet: no attempt
    assertThat(rowFor(approver).getAttempts()).isEqualTo(1);

    at(MONDAY_MORNING.plusMinutes(1));
    drain();
    assertThat(rowFor(approver).getAttempts()).isEqualTo(2);
    assertThat(rowFor(approver).getNextAttemptAt()).as("the wait doubles")
        .isEqualTo(instant(MONDAY_MORNING.plusMinutes(1 + 2)));

    try (Mailbox mailbox = Mailbox.open(mailSender.getPort())) {
      drain(); // back, but the row waits its turn
      assertThat(mailbox.to(Recipients.email(approver))).isEmpty();

      at(MONDAY_MORNING.plusMinutes(3));
      drain();
      at(MONDAY_MORNING.plusHours(8));
      drain();

      assertThat(mailbox.to(Recipients.email(approver))).singleElement()
          .satisfies(mail -> assertThat(mail.body()).contains(resignation.task().getId()));
      assertThat(rowFor(approver).getStatus()).isEqualTo(OutboxStatus.SENT);
      assertThat(rowFor(approver).getAttempts()).isEqualTo(3);
    }
  }

  @Test
  void aRowFailsForGoodAfterTheLastAttemptAndTheWaitNeverExceedsTheMaximum() {
    assertThat(sender.backoff(1)).hasMinutes(1);
    assertThat(sender.backoff(2)).hasMinutes(2);
    assertThat(sender.backoff(5)).hasMinutes(16);
    assertThat(sender.backoff(30)).hasHours(6);

    String approver = recipients.memberOf(Groups.townOrg("zhangpu"), "章晓");
    resign("zhangpu", "通知己");
    LocalDateTime now = MONDAY_MORNING;
    for (int attempt = 1; attempt <= 8; attempt++) {
      drain();
      now = now.plusHours(7);
      at(now);
    }
    drain();
    assertThat(rowFor(approver).getStatus()).isEqualTo(OutboxStatus.FAILED);
    assertThat(rowFor(approver).getAttempts()).isEqualTo(8);
  }

  @Test
  void twoNodesNeverHoldTheSameRowAndOnlyTheHolderMarksItSent() {
    String approver = recipients.memberOf(Groups.townOrg("zhangpu"), "章晓");
    resign("zhangpu", "通知庚");
    Long id = rowFor(approver).getId();
    var now = ClockUtil.now().toInstant();
    var until = now.plusSeconds(300);

    assertThat(claim(id, "node-a", now, until)).isEqualTo(1);
    assertThat(claim(id, "node-b", now, until)).as("held by node-a").isZero();
    assertThat(sent(id, "node-b", now)).as("node-b holds no lease").isZero();
    assertThat(claim(id, "node-b", until.plusSeconds(1), until.plusSeconds(301))).as("node-a's lease ended").isEqualTo(1);
    assertThat(sent(id, "node-a", now)).as("node-a lost its lease").isZero();
    assertThat(sent(id, "node-b", now)).isEqualTo(1);
    assertThat(claim(id, "node-a", until.plusSeconds(999), until.plusSeconds(1299))).as("sent is never claimed").isZero();
  }

  @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

  private int claim(Long id, String node, java.time.Instant now, java.time.Instant until) {
    return transaction.execute(status -> outbox.claim(id, node, now, until));
  }

  private int sent(Long id, String node, java.time.Instant now) {
    return transaction.execute(status -> outbox.sent(id, node, Channel.MAIL, now));
  }

  static final String REASON = Resignations.REASON;


  Resignations.Resignation resign(String town, String name) {
    return fixture.resign(town, name);
  }

  OutboxMessage rowFor(String recipient) {
    return outbox.findByRecipientOrderById(recipient).stream().filter(row -> row.getKind() == MessageKind.TASK)
        .findFirst().orElseThrow();
  }

  void drain() {
    fixture.drain();
  }

  static void at(LocalDateTime beijing) {
    ClockUtil.setCurrentTime(Date.from(beijing.atZone(BEIJING).toInstant()));
  }

  static java.time.Instant instant(LocalDateTime beijing) {
    return beijing.atZone(BEIJING).toInstant();
  }

  private String definitionId() {
    return fixture.definitionId();
  }
}
