package org.partyaffairs.workforce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partyaffairs.workforce.account.AccountLetters;
import org.partyaffairs.workforce.document.Screenshots;
import org.partyaffairs.workforce.post.Staffing;
import org.partyaffairs.workforce.probation.ProbationStart;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A newly hired worker activates their account from the 账号开通通知书 and makes their own public
 * commitment in Tasklist (issue 25; 001 第十八条(一)), in a real browser: hired (000 第六条) with
 * their probation started, the letter printed by the town organisation department and read back
 * as a PDF for its code, a wrong code refused on the page in Chinese, then the right one: the page
 * sets the password, logs the browser into Tasklist, and the commitment is there, the worker's own,
 * and gets completed.
 */
@BrowserTest
class AccountActivationBrowserIT {

  private static final String PASSWORD = "Gongzuo#2026q";

  @LocalServerPort int port;
  @Autowired Staffing staffing;
  @Autowired ProbationStart probationStart;
  @Autowired Forms forms;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;

  @Test
  void aHiredWorkerActivatesTheirAccountFromTheLetterAndMakesTheirOwnCommitmentInTasklist() throws IOException {
    LocalDate today = LocalDate.now(clock);
    Worker worker = transaction.execute(status -> staffing.hire("林新来", "kfq", null, "开发区新兴产业党建工作站", "kfq-org"));
    String userId = "kfq-gz" + worker.getId();
    ProcessInstance probation = probationStart.of(worker.getId(), today);
    forms.complete(task(probation), "kfq-org", Map.of("mentorName", "王师傅", "mentorPosition", "组织委员"));
    assertThat(task(probation).getTaskDefinitionKey()).isEqualTo("Task_MakeCommitment");
    assertThat(task(probation).getAssignee()).as("the account waits for its activation").isNull();

    HttpResponse<byte[]> pdf = new AccountLetters(port).post("/api/workers/" + worker.getId() + "/account/letter",
        "kfq-org", "demo");
    assertThat(pdf.statusCode()).isEqualTo(200);
    String code = AccountLetters.codeIn(pdf.body());
    Screenshots.firstPage(pdf.body(), "account-letter");

    WebDriver driver = Chromium.start();
    try {
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      driver.get("http://localhost:" + port + "/account/activate");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("userId")));
      assertThat(driver.getTitle()).contains("激活账号");

      fill(driver, userId, "ABCD-EFGH-JKMN");
      WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
      assertThat(message.getText()).isEqualTo("账号或激活码不正确，请核对账号开通通知书");
      save(driver, "account-activation-wrong-code");
      assertThat(task(probation).getAssignee()).isNull();

      fill(driver, userId, code);
      try (Tasklist tasklist = Tasklist.alreadyLoggedIn(driver, port, userId)) {
        driver = null; // closed with the Tasklist
        assertThat(tasklist.driver().getCurrentUrl()).contains("/camunda/app/tasklist/");
        assertThat(tasklist.tasksIn("我的任务")).anyMatch(name -> name.startsWith("作出公开承诺：林新来"));
        tasklist.openAssignedTask("作出公开承诺");
        tasklist.type("工作承诺", "每月走访所联系两新组织不少于4次，按时报送党建工作台账");
        tasklist.type("廉洁自律承诺", "不收受服务对象任何财物，不参加可能影响公正履职的宴请");
        tasklist.date("公开承诺日期", today);
        tasklist.screenshot("own-commitment");
        tasklist.completeTask();
      }
    } finally {
      if (driver != null) {
        driver.quit();
      }
    }

    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(probation.getId())
        .taskDefinitionKey("Task_MakeCommitment").finished().singleResult().getAssignee()).isEqualTo(userId);
  }

  /** Types the user id, the code and the new password twice, and submits. */
  private static void fill(WebDriver driver, String userId, String code) {
    for (String[] field : new String[][] {{"userId", userId}, {"code", code}, {"password", PASSWORD},
        {"repeat", PASSWORD}}) {
      WebElement input = driver.findElement(By.id(field[0]));
      input.clear();
      input.sendKeys(field[1]);
    }
    driver.findElement(By.id("submit")).click();
  }

  private static void save(WebDriver driver, String name) throws IOException {
    Files.createDirectories(Tasklist.SCREENSHOTS);
    Files.write(Tasklist.SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  private Task task(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }
}
