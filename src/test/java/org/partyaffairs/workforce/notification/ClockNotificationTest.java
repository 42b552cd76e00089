package org.partyaffairs.workforce.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyaffairs.workforce.notification.TaskNotificationTest.MONDAY_MORNING;
import static org.partyaffairs.workforce.notification.TaskNotificationTest.at;

import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * What the clock brings (issue 25 item 3), on the engine's clock moved by the test: the resignation
 * received on Monday 2 March 2026 is due on Thursday 5 March (3 working days, rules/calendar/2026.csv,
 * service-levels.csv); a reminder goes out 1 working day before, on Wednesday, once; on Friday it
 * is overdue and the town committee, which supervises the organisation department, hears of it,
 * once, and the worker's trail says so (001 第十五条); the digest lists it on working days only.
 */
@IntegrationTest
class ClockNotificationTest {

  @Autowired Resignations fixture;
  @Autowired Recipients recipients;
  @Autowired People people;
  @Autowired Scans scans;
  @Autowired OutboxSender sender;
  @Autowired OutboxRepository outbox;
  @Autowired JavaMailSenderImpl mailSender;
  @Autowired Trail trail;
  @Autowired org.partyaffairs.workforce.worker.WorkerRepository workers;

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
  void aTaskIsRemindedOfOneWorkingDayBeforeItIsDueAndOnlyOnce() {
    String approver = recipients.memberOf(Groups.townOrg("zhangpu"), "章晓");
    var resignation = fixture.resign("zhangpu", "提醒甲");
    String only = resignation.instance().getId();

    at(MONDAY_MORNING.plusDays(1)); // Tuesday: due on Thursday, two working days ahead
    assertThat(scans.remind(only)).isZero();

    at(MONDAY_MORNING.plusDays(2)); // Wednesday
    try (Mailbox mailbox = Mailbox.open(mailSender.getPort())) {
      assertThat(scans.remind(only)).isEqualTo(1);
      assertThat(scans.remind(only)).as("once per task").isZero();
      fixture.drain();

      assertThat(mailbox.to(Recipients.email(approver))).filteredOn(mail -> mail.subject().startsWith("【即将到期】"))
          .singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("【即将到期】接收辞职申请：提醒甲（张浦镇）");
            assertThat(mail.body()).contains("1 个工作日内到期", "办理期限：2026年3月5日 23:59",
                "?task=" + resignation.task().getId());
          });
    }
  }

  @Test
  void anOverdueTaskGoesToTheGroupThatSupervisesItOnceAndOnTheWorkersTrail() {
    String approver = recipients.memberOf(Groups.townOrg("zhangpu"), "章晓");
    String supervisor = recipients.memberOf(Groups.townCommittee("zhangpu"), "钱督");
    var resignation = fixture.resign("zhangpu", "督办甲");
    String only = resignation.instance().getId();

    at(MONDAY_MORNING.plusDays(3).withHour(23)); // Thursday night: due at 23:59:59, not yet overdue
    assertThat(scans.escalate(only)).isZero();

    at(MONDAY_MORNING.plusDays(4)); // Friday
    try (Mailbox mailbox = Mailbox.open(mailSender.getPort())) {
      assertThat(scans.escalate(only)).isEqualTo(1);
      assertThat(scans.escalate(only)).as("once per task").isZero();
      fixture.drain();

      assertThat(mailbox.to(Recipients.email(supervisor))).singleElement().satisfies(mail -> {
        assertThat(mail.subject()).isEqualTo("【已超期】接收辞职申请：督办甲（张浦镇）");
        assertThat(mail.body()).contains("已超过办理期限", "原办理人：区镇组织部门（zhangpu）", "工作者：督办甲");
      });
      assertThat(mailbox.to(Recipients.email(approver))).as("the late group itself is not escalated to")
          .noneMatch(mail -> mail.subject().startsWith("【已超期】"));
    }
    List<TrailEntry> entries = trail.of(workers.findById(resignation.worker().getId()).orElseThrow());
    assertThat(entries).filteredOn(entry -> entry.getEvent().equals(Scans.ESCALATED)).singleElement()
        .satisfies(entry -> {
          assertThat(entry.getDetail()).contains("接收辞职申请：督办甲", "区镇党（工）委（zhangpu）");
          assertThat(entry.getArticle()).contains("第十五条");
        });
  }

  @Test
  void theDigestListsWhatWaitsOnWorkingDaysFromItsTimeOnOnceADay() {
    String approver = recipients.memberOf(Groups.townOrg("zhangpu"), "章晓");
    var resignation = fixture.resign("zhangpu", "日报甲");
    String only = resignation.instance().getId();

    at(MONDAY_MORNING.withHour(8).withMinute(0)); // before 08:30
    assertThat(scans.digest(only)).isZero();
    at(MONDAY_MORNING.plusDays(6)); // Sunday
    assertThat(scans.digest(only)).isZero();

    at(MONDAY_MORNING.plusDays(2)); // Wednesday 10:00: the task is due tomorrow
    assertThat(scans.digest(only)).isGreaterThanOrEqualTo(2); // the approver and zhangpu-org
    assertThat(scans.digest(only)).as("once a day").isZero();
    assertThat(outbox.findByRecipientOrderById(approver)).filteredOn(row -> row.getKind() == MessageKind.DIGEST)
        .singleElement().satisfies(row -> {
          assertThat(row.getSubject()).isEqualTo("【每日待办】共 1 项，1 项即将到期");
          assertThat(row.getBody()).contains("即将到期：", "接收辞职申请：日报甲", "?task=" + resignation.task().getId());
        });
  }
}
