package org.partyaffairs.workforce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partyaffairs.workforce.exchange.ExchangeFixtures;
import org.partyaffairs.workforce.post.Post;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An exchange in a real browser (000 第十二条; profile e2e: {@code ./mvnw verify -Pe2e
 * -Dit.test=ExchangeBrowserIT}): 昆山开发区党工委 proposes a worker with six years in post and
 * outstanding grades for a vacant post of the town, the check says 符合 so the proposal goes straight
 * to the city office, which consents; the job executor moves the worker, and the dossier shows the
 * new post and the exchange with its article. 花桥's committee never sees the review.
 */
@BrowserTest
class ExchangeBrowserIT {

  private static final String STATION = "浏览测试交流站";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired ExchangeFixtures fixtures;
  @Autowired PostRepository posts;

  @Test
  void theTownCommitteeProposesTheCityOfficeConsentsAndTheDossierShowsTheNewPost() {
    Worker worker = people.activeWorker("kfq", "交流测试员");
    fixtures.eligible(worker);
    Post target = fixtures.vacantPost("kfq", STATION);

    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-committee", "demo")) {
      tasklist.startProcess("专职党务工作者交流使用");
      tasklist.select("交流的工作者", "交流测试员");
      tasklist.select("拟交流到的岗位", STATION);
      tasklist.type("拟任职务（重用时填写，可不填）", "站长");
      tasklist.type("交流理由", "在蓬朗站工作六年，表现突出，交流到新站带动工作");
      tasklist.screenshot("exchange-start-form");
      tasklist.submitStartForm();
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "huaqiao-committee", "demo")) {
      assertThat(tasklist.tasksIn("待办 · 花桥经济开发区党（工）委")).noneMatch(name -> name.contains("交流测试员"));
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "office", "demo")) {
      String review = "审核交流：交流测试员（昆山开发区，测试区域党建工作站 → " + STATION + "）";
      assertThat(tasklist.tasksIn("待办 · 市委\"两新\"工委办公室")).contains(review);
      tasklist.openTask("审核交流：交流测试员");
      assertThat(tasklist.valueOf("工作者")).isEqualTo("交流测试员");
      assertThat(tasklist.valueOf("优先交流条件核对结果（按交流条件规则）")).startsWith("符合优先交流条件");
      tasklist.choose("同意");
      tasklist.screenshot("exchange-review-form");
      tasklist.completeTask();
    }

    JobExecutor.await(() -> posts.findByWorkerId(worker.getId()).map(Post::getId).orElse(-1L).equals(target.getId()));

    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-committee", "demo")) {
      WebDriver driver = tasklist.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      String tasklistWindow = driver.getWindowHandle();
      WebElement header = wait.until(ExpectedConditions.elementToBeClickable(By.id("workforce-dossier-link")));
      header.findElement(By.tagName("a")).click();
      wait.until(ExpectedConditions.numberOfWindowsToBe(2));
      driver.getWindowHandles().stream().filter(handle -> !handle.equals(tasklistWindow)).findFirst()
          .ifPresent(handle -> driver.switchTo().window(handle));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chooser")));
      new Select(driver.findElement(By.id("workers"))).selectByValue(worker.getId().toString());
      driver.findElement(By.id("open")).click();
      wait.until(ExpectedConditions.textToBe(By.id("title"), "工作者档案：交流测试员"));
      String page = driver.findElement(By.id("dossier")).getText();
      assertThat(page).contains(STATION, "交流使用", "交流到新岗位", "000 第十二条");
      tasklist.screenshot("exchange-dossier");
    }
  }

  /**
   * The walk of docs/capabilities/exchange.md: a worker hired today is not a priority, so the town
   * committee writes its reason in 说明交流理由; the city office refuses with a reason, which the
   * committee reads in 交流未获同意; the worker keeps the post.
   */
  @Test
  void aWorkerNotYetAPriorityGoesOnWithAReasonAndTheCommitteeReadsTheRefusal() {
    Worker worker = people.activeWorker("kfq", "理由测试员");
    Post old = posts.findByWorkerId(worker.getId()).orElseThrow();
    fixtures.vacantPost("kfq", "理由测试站");

    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-committee", "demo")) {
      tasklist.startProcess("专职党务工作者交流使用");
      tasklist.select("交流的工作者", "理由测试员");
      tasklist.select("拟交流到的岗位", "理由测试站");
      tasklist.type("交流理由", "熟悉片区情况");
      tasklist.submitStartForm();
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-committee", "demo")) {
      assertThat(tasklist.tasksIn("待办 · 昆山开发区党（工）委"))
          .contains("说明交流理由：理由测试员（昆山开发区，不符合优先交流条件）");
      tasklist.openTask("说明交流理由：理由测试员");
      assertThat(tasklist.valueOf("优先交流条件核对结果（按交流条件规则）")).contains("在现岗位工作不满5年");
      assertThat(tasklist.valueOf("拟任职务")).isEqualTo("—");
      tasklist.choose("写明理由，继续报请审核");
      tasklist.type("继续报请的理由", "该站空缺已久，急需熟悉情况的同志");
      tasklist.screenshot("exchange-justification-form");
      tasklist.completeTask();
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "office", "demo")) {
      tasklist.tasksIn("待办 · 市委\"两新\"工委办公室");
      tasklist.openTask("审核交流：理由测试员");
      assertThat(tasklist.valueOf("不符合优先条件时区镇党（工）委写明的理由")).isEqualTo("该站空缺已久，急需熟悉情况的同志");
      tasklist.choose("不同意");
      tasklist.type("不同意的理由", "任现岗位不足一年，暂不交流");
      tasklist.completeTask();
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-committee", "demo")) {
      tasklist.tasksIn("待办 · 昆山开发区党（工）委");
      tasklist.openTask("交流未获同意：理由测试员");
      assertThat(tasklist.valueOf("不同意的理由")).isEqualTo("任现岗位不足一年，暂不交流");
      tasklist.check("已阅，知悉不同意的理由");
      tasklist.screenshot("exchange-refusal-notice");
      tasklist.completeTask();
    }

    assertThat(posts.findByWorkerId(worker.getId())).get().extracting(Post::getId).isEqualTo(old.getId());
  }
}
