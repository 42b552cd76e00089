package org.partyaffairs.workforce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.assessment.Campaigns;
import org.partyaffairs.workforce.notice.Notice;
import org.partyaffairs.workforce.notice.PublishedNotices;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * People hear the outcome of what they submitted (issue 25 item 2): a resignation agreed or refused
 * by the town committee (000 第十六条) reaches the worker who filed it, in the transaction of the
 * decision, saying what was decided and never the committee's reasons; a worker hears their grade
 * once it is scored (000 第九条, before the public notice), an objector the investigation's outcome
 * (004 年度公示：有异议的，应及时调查核实), never the investigator's reply.
 */
@IntegrationTest
class OutcomeNotificationTest {

  private static final String COMMITTEE_REASON = "经党委会研究（内部意见）";

  @Autowired Resignations resignations;
  @Autowired Recipients recipients;
  @Autowired Forms forms;
  @Autowired People people;
  @Autowired OutboxRepository outbox;
  @Autowired JavaMailSenderImpl mailSender;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired Campaigns campaigns;
  @Autowired PublishedNotices notices;

  @AfterEach
  void backToNow() {
    people.actAsSystem();
    ClockUtil.reset();
  }

  @Test
  void aWorkerWhoseResignationIsAgreedIsToldByMailWithoutTheCommitteesReasons() {
    var resignation = resignations.resign("huaqiao", "结果甲");
    String worker = resignation.worker().getUserId();
    recipients.giveEmail(worker);

    forms.work(resignation.instance(), "huaqiao-org", "kfq-org", Map.of("writtenApplicationReceived", true));
    assertThat(outbox.findByRecipientOrderById(worker)).noneMatch(row -> row.getKind() == MessageKind.OUTCOME);
    forms.work(resignation.instance(), "huaqiao-committee", "kfq-committee",
        Map.of("decision", "AGREE", "decisionReason", COMMITTEE_REASON));

    try (Mailbox mailbox = Mailbox.open(mailSender.getPort())) {
      resignations.drain();
      assertThat(mailbox.to(Recipients.email(worker))).singleElement().satisfies(mail -> {
        assertThat(mail.subject()).isEqualTo("【办理结果】辞职申请");
        assertThat(mail.body()).contains("您提交的辞职申请已由区镇党（工）委研究决定", "工作者：结果甲", "办理结果：同意辞职")
            .doesNotContain(COMMITTEE_REASON, Resignations.REASON);
      });
    }
  }

  @Test
  void aRefusedResignationIsToldOnceToTheWorker() {
    var resignation = resignations.resign("huaqiao", "结果乙");
    String worker = resignation.worker().getUserId();

    forms.work(resignation.instance(), "huaqiao-org", "kfq-org", Map.of("writtenApplicationReceived", true));
    forms.work(resignation.instance(), "huaqiao-committee", "kfq-committee",
        Map.of("decision", "DISAGREE", "decisionReason", COMMITTEE_REASON));

    assertThat(outbox.findByRecipientOrderById(worker)).filteredOn(row -> row.getKind() == MessageKind.OUTCOME)
        .singleElement().satisfies(row -> {
          assertThat(row.getBody()).contains("办理结果：不同意辞职").doesNotContain(COMMITTEE_REASON);
          assertThat(row.getStatus()).isEqualTo(OutboxStatus.PENDING);
        });
  }

  @Test
  void theTownCommitteeMemberWhoAppliedForPostsHearsTheCityCommitteesAnswerOncePerRound() {
    var instance = forms.start("PostEstablishmentProcess", "zhangpu-committee",
        Map.of("postCount", 1, "stations", "张浦镇通知测试站", "reason", "新建区域党建工作站，需配备专职党务工作者"));
    forms.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult(), "committee",
        Map.of("decision", "REJECT", "decisionReason", COMMITTEE_REASON));

    assertThat(outbox.findByRecipientOrderById("zhangpu-committee"))
        .filteredOn(row -> row.getKind() == MessageKind.OUTCOME && row.getDedupKey().contains(instance.getId()))
        .singleElement().satisfies(row -> {
          assertThat(row.getSubject()).startsWith("【办理结果】岗位设置申请 ");
          assertThat(row.getBody()).contains("（第 1 轮）已由市委\"两新\"工委审核", "办理结果：不同意")
              .doesNotContain(COMMITTEE_REASON);
        });
  }

  @Test
  void aWorkerHearsTheirGradeOnceWhenTheAssessmentIsScored() {
    ProcessInstance campaign = campaigns.start(2009, "kunshan");
    assertThat(outcomes("kfq-worker", "OUTCOME:GRADE:")).noneMatch(row -> row.getSubject().contains("2009"));

    campaigns.assess(campaign, "kunshan", worker -> null);

    assertThat(outcomes("kfq-worker", "OUTCOME:GRADE:")).filteredOn(row -> row.getSubject().contains("2009"))
        .singleElement().satisfies(row -> {
          assertThat(row.getSubject()).isEqualTo("【办理结果】2009 年度考核");
          assertThat(row.getBody()).contains("您的 2009 年度考核已完成评分", "评定等次为「", "以公示和最终确定结果为准", "工作者：李明");
        });
  }

  @Test
  void anObjectorHearsThatTheirObjectionWasExplainedButNotTheReply() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-05-03T02:00:00Z")));
    ProcessInstance notice = notices.publish("kfq", UUID.randomUUID().toString());
    Notice published = notices.of(notice.getId());
    ProcessInstance objection = forms.start("NoticeObjectionProcess", "kfq-worker", Map.of());
    forms.complete(taskService.createTaskQuery().processInstanceId(objection.getId()).singleResult(), "kfq-worker",
        Map.of("entry", published.getId() + ":" + published.getEntries().get(0).getId(), "grounds", "考核分数计算有误"));
    Long objectionId = notices.of(notice.getId()).getObjections().get(0).getId();
    assertThat(outcomes("kfq-worker", "OUTCOME:OBJECTION:" + objectionId)).isEmpty();

    String reply = "经核实，评分依据充分（内部意见）";
    forms.complete(taskService.createTaskQuery().processInstanceId(notice.getId())
        .taskDefinitionKey("Task_InvestigateObjection").singleResult(), "kfq-org",
        Map.of("outcome", "EXPLAINED", "reply", reply));

    assertThat(outcomes("kfq-worker", "OUTCOME:OBJECTION:" + objectionId)).singleElement().satisfies(row -> {
      assertThat(row.getSubject()).isEqualTo("【办理结果】公示异议答复");
      assertThat(row.getBody()).contains("您对「2026年度考核结果公示」提出的异议已办理完毕", "经调查核实，已作解释说明")
          .doesNotContain(reply, "考核分数计算有误");
    });
  }

  private java.util.List<OutboxMessage> outcomes(String recipient, String dedupKeyPrefix) {
    return outbox.findByRecipientOrderById(recipient).stream()
        .filter(row -> row.getKind() == MessageKind.OUTCOME && row.getDedupKey().startsWith(dedupKeyPrefix)).toList();
  }
}
