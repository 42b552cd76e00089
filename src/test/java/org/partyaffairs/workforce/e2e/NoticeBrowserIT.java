package org.partyaffairs.workforce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partyaffairs.workforce.notice.PublishedNotices;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An objection to a public notice in a real browser: a worker starts 提出异议 and chooses the entry from the open ones,
 * the kfq town org dept investigates and explains, the huaqiao one never sees it, and the objector
 * reads the reply.
 */
@BrowserTest
class NoticeBrowserIT {

  @LocalServerPort int port;
  @Autowired PublishedNotices published;
  @Autowired People people;

  @Test
  void anObjectionRaisedInTasklistIsInvestigatedByTheOwningTownAndTheObjectorSeesTheReply() {
    Worker objector = people.activeWorker("kfq", "异议人");
    String noticeId = published.of(published.publish("kfq", "browser").getId()).getId().toString();
    Http http = new Http(port);

    try (Tasklist tasklist = Tasklist.loginAs(port, objector.getUserId(), "test")) {
      tasklist.startProcess("对公示提出异议");
      tasklist.submitStartForm();
      assertThat(tasklist.tasksIn("我的任务")).anyMatch(name -> name.startsWith("选择条目并写明异议理由"));
      tasklist.openAssignedTask("选择条目并写明异议理由");
      tasklist.select("公示条目", "李明 2026年度考核");
      tasklist.type("异议理由", "第11项组织生活记录漏计");
      tasklist.screenshot("objection-form");
      tasklist.completeTask();
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "huaqiao-org", "demo")) {
      assertThat(tasklist.tasksIn("待办 · 花桥经济开发区组织部门")).noneMatch(name -> name.startsWith("调查核实异议"));
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-org", "demo")) {
      assertThat(tasklist.tasksIn("待办 · 昆山开发区组织部门")).anyMatch(name -> name.startsWith("调查核实异议"));
      tasklist.openTask("调查核实异议");
      assertThat(tasklist.valueOf("异议理由")).isEqualTo("第11项组织生活记录漏计");
      assertThat(tasklist.valueOf("公示内容")).isEqualTo("85分 合格");
      // The form links the notice's list as published (公示名单), which the Tasklist login opens.
      assertThat(tasklist.driver().findElement(By.xpath("//form[contains(@class,'fjs-form')]//a[contains(., '打开公示名单')]"))
          .getDomAttribute("href")).isEqualTo("/api/notices/" + noticeId + "/list.pdf");
      tasklist.choose("情况明确，解释说明");
      tasklist.type("答复异议人", "经核实，第11项已按记录计分");
      tasklist.screenshot("investigation-form");
      tasklist.completeTask();
    }

    assertThat(http.get("/api/notices/" + noticeId, objector.getUserId(), "test").body())
        .contains("\"statusLabel\":\"已解释说明\"", "经核实，第11项已按记录计分");
  }
}
