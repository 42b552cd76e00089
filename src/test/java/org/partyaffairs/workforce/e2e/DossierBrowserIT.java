package org.partyaffairs.workforce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partyaffairs.workforce.probation.ProbationService;
import org.partyaffairs.workforce.probation.ProbationStart;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dossier and a filing sheet in a real browser (profile e2e), with the Tasklist login only — no
 * second password (issue 24): 昆山开发区组织部门 opens 工作者档案 from Tasklist's header, picks a worker
 * disqualified during probation (001 第六条), sees the sections and the filings, and downloads the
 * dossier's PDF, read back with PDFBox; the city office opens the filing task 备案取消资格 and its
 * form's link gives the 试用期取消资格备案表 of that worker. Another town's worker is not in the list.
 */
@BrowserTest
class DossierBrowserIT {

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired ProbationStart probationStart;
  @Autowired ProbationService probations;
  @Autowired Clock clock;

  @Test
  void aTownOfficialOpensTheDossierFromTasklistAndTheCityOfficeTheFilingSheetFromItsTask() throws Exception {
    Worker worker = people.workerOnProbation("kfq", "档案浏览甲");
    Worker otherTowns = people.activeWorker("huaqiao", "档案浏览乙");
    probationStart.of(worker.getId(), LocalDate.now(clock));
    people.actAsSystem();
    String problem = new Http(port).postJson("/api/probations/" + probations.latestOf(worker.getId()).orElseThrow().getId()
        + "/qualification-problems", "kfq-org", "demo", "{\"problem\":\"学历证书不实\"}").body();
    assertThat(problem).contains("DISQUALIFIED");

    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-org", "demo")) {
      WebDriver driver = tasklist.driver();
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
      String tasklistWindow = driver.getWindowHandle();
      WebElement header = wait.until(ExpectedConditions.elementToBeClickable(By.id("workforce-dossier-link")));
      assertThat(header.getText()).isEqualTo("工作者档案");
      tasklist.screenshot("tasklist-header");
      header.findElement(By.tagName("a")).click();
      wait.until(ExpectedConditions.numberOfWindowsToBe(2));
      driver.getWindowHandles().stream().filter(handle -> !handle.equals(tasklistWindow)).findFirst()
          .ifPresent(handle -> driver.switchTo().window(handle));

      // No second password: the page lists the town's workers with the Tasklist session alone.
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chooser")));
      Select workers = new Select(driver.findElement(By.id("workers")));
      List<String> listed = workers.getOptions().stream().map(WebElement::getText).toList();
      assertThat(listed).anyMatch(option -> option.startsWith("档案浏览甲（kfq，试用期不合格"))
          .noneMatch(option -> option.contains(otherTowns.getName()));
      workers.selectByValue(worker.getId().toString());
      driver.findElement(By.id("open")).click();
      wait.until(ExpectedConditions.textToBe(By.id("title"), "工作者档案：档案浏览甲"));
      String page = driver.findElement(By.id("dossier")).getText();
      assertThat(page).contains("基本情况", "在办事项", "办理经过", "备案", "试用期不合格", "取消资格", "试用期取消资格备案", "聘用通知",
          "000 第六条", "001 第六条");
      List<String> sheets = new ArrayList<>();
      driver.findElements(By.cssSelector("#filings a")).forEach(link -> sheets.add(link.getDomAttribute("href")));
      assertThat(sheets).containsExactlyInAnyOrder("/api/workers/" + worker.getId() + "/filings/appointment.pdf",
          "/api/workers/" + worker.getId() + "/filings/probation.pdf");
      tasklist.screenshot("dossier-page");
      ((JavascriptExecutor) driver).executeScript("document.getElementById('filings').scrollIntoView({block: 'center'});");
      tasklist.screenshot("dossier-filings");

      String pdfLink = driver.findElement(By.id("pdf")).getDomAttribute("href");
      assertThat(pdfLink).isEqualTo("/api/workers/" + worker.getId() + "/dossier.pdf");
      String dossier = pdfText(driver, pdfLink);
      assertThat(dossier).contains("专职党务工作者档案", "昆山开发区组织部门", "档案浏览甲", "试用期不合格", "001 第六条");
      // Another town's worker, asked for by number on the same page: refused in Chinese.
      driver.findElement(By.id("workerId")).sendKeys(otherTowns.getId().toString());
      driver.findElement(By.id("open")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer")));
      assertThat(driver.findElement(By.id("answer")).getText()).contains("不存在").doesNotContain("档案浏览乙");
      tasklist.screenshot("dossier-other-town");
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "office", "demo")) {
      tasklist.tasksIn("待办 · 市委\"两新\"工委办公室");
      tasklist.openTask("备案取消资格：档案浏览甲");
      WebDriver driver = tasklist.driver();
      WebElement link = new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions
          .visibilityOfElementLocated(By.xpath("//form[contains(@class,'fjs-form')]//a[contains(., '打开试用期取消资格备案表')]")));
      assertThat(link.getDomAttribute("href")).isEqualTo("/api/workers/" + worker.getId() + "/filings/probation.pdf");
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
      tasklist.screenshot("probation-filing-form");
      assertThat(pdfText(driver, link.getDomAttribute("href"))).contains("试用期取消资格备案表", "档案浏览甲", "学历证书不实",
          "备案号：尚未备案");

      tasklist.type("备案号", "昆两新备〔2026〕浏览1号");
      tasklist.completeTask();
      assertThat(pdfText(driver, "/api/workers/" + worker.getId() + "/filings/probation.pdf"))
          .contains("备案号：昆两新备〔2026〕浏览1号");
    }
  }

  /**
   * The file at {@code path} as the page's own link fetches it (the browser's session, no
   * password), read back with PDFBox.
   */
  private static String pdfText(WebDriver driver, String path) throws Exception {
    Object answer = ((JavascriptExecutor) driver).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], { credentials: 'same-origin' }).then(async response => {
          const bytes = new Uint8Array(await response.arrayBuffer());
          let binary = '';
          bytes.forEach(b => binary += String.fromCharCode(b));
          done({ status: response.status, type: response.headers.get('Content-Type'), body: btoa(binary) });
        }).catch(error => done({ status: 0, type: '', body: '', error: String(error) }));
        """, path);
    @SuppressWarnings("unchecked")
    Map<String, Object> response = (Map<String, Object>) answer;
    assertThat(((Number) response.get("status")).intValue()).as(path + " " + response).isEqualTo(200);
    assertThat(response.get("type")).isEqualTo("application/pdf");
    try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode(response.get("body").toString()))) {
      return new PDFTextStripper().getText(pdf);
    }
  }
}
