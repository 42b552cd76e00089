package org.partyaffairs.workforce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 21 in a Simplified Chinese browser (profile e2e): the login page, Tasklist's filters and its
 * claim, complete and unclaim buttons, the first screen of every role, Welcome, Admin and Cockpit are
 * in Chinese and name the product; the end-of-life banner and "Create task" are not shown to
 * approvers, and Cockpit alone tells administrators in Chinese what the banner meant. Each role's
 * first screen lands in {@code target/e2e-screenshots/first-screen-<role>.png}.
 *
 * <p>"In Chinese" is checked against the engine's own English: no label of the app's {@code en.json}
 * (a Latin phrase such as "Claim", "Start process", "Log in") is shown on the page.
 */
@BrowserTest
class ChineseWorkplaceBrowserIT {

  private static final String PRODUCT = "专职党务工作者管理";
  private static final String ZHANGPU_ORG_FILTER = "待办 · 张浦镇组织部门";

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired Clock clock;
  @Autowired HistoryService history;

  @Test
  void theLoginPageIsChineseAndNamesTheProduct() {
    try (Webapp tasklist = Webapp.open(port, "tasklist")) {
      tasklist.screenshot("first-screen-login");
      assertThat(tasklist.title()).contains(PRODUCT);
      assertThat(tasklist.textOf(".app-name")).isEqualTo(PRODUCT);
      assertThat(tasklist.placeholder("input[type=text], input[name=username]")).isEqualTo("用户名");
      assertThat(tasklist.placeholder("input[type=password]")).isEqualTo("密码");
      assertThat(tasklist.textOf("button[type=submit]")).isEqualTo("登录");
      assertChineseWithoutBanner(tasklist.text(), tasklist.banner(), "tasklist");
    }
  }

  @Test
  void aTownOfficialClaimsATaskInChineseAndIsOfferedNoCreateTask() {
    Worker worker = people.activeWorker("zhangpu", "界面测试员");
    try (Tasklist tasklist = Tasklist.loginAs(port, worker.getUserId(), "test")) {
      tasklist.startProcess("专职党务工作者辞职");
      tasklist.type("辞职理由", "因家庭原因申请辞去专职党务工作者职务");
      tasklist.date("拟最后工作日", LocalDate.now(clock).plusDays(20));
      tasklist.submitStartForm();
    }

    try (Tasklist tasklist = Tasklist.loginAs(port, "zhangpu-org", "demo")) {
      WebDriver page = tasklist.driver();
      assertThat(filters(page)).contains(ZHANGPU_ORG_FILTER, "我的任务");
      assertTasklistChrome(page);
      assertThat(tasklist.tasksIn(ZHANGPU_ORG_FILTER)).contains("接收辞职申请：界面测试员（张浦镇）");
      Webapp.save(page, "first-screen-town-org");

      tasklist.openAssignedTask("接收辞职申请");
      // Neither Camunda's bare priority "50" on the cards nor the town's tenant code in the task's header.
      assertThat(page.findElements(By.cssSelector(".tasks-list .priority, .task-card .tenant-id")).stream()
          .noneMatch(WebElement::isDisplayed)).as("priority or tenant code shown").isTrue();
      assertThat(text(page)).doesNotContainPattern("(?<![A-Za-z])zhangpu(?![A-Za-z-])");
      assertThat(page.findElement(By.cssSelector("button.claim")).getText().strip()).isEqualTo("认领");
      // The task carries its due date (deadline/DueDates), so Tasklist shows it instead of 设置到期日.
      assertThat(text(page)).contains("表单", "历史", "流程图", "说明", "设置跟进日期", "天后", "添加备注");
      page.findElement(By.cssSelector("button.claim")).click();

      WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(30));
      WebElement complete = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.xpath("//button[normalize-space(.)='办理完成']")));
      assertThat(complete.isDisplayed()).isTrue();
      assertThat(text(page)).contains("保存");
      // 取消认领 is the × beside the assignee (security/GiveBackClaimedTask lets the holder use it;
      // GiveBackClaimedTaskTest proves it over the webapps' API).
      assertThat(page.findElement(By.cssSelector("[ng-click='unclaim()']")).getDomAttribute("uib-tooltip"))
          .isEqualTo("取消认领");
      assertChineseWithoutBanner(text(page), banner(page), "tasklist");
      Webapp.save(page, "task-claimed-town-org");

      // The date picker (the follow-up date's; the due date's is the same widget): Chinese month
      // title, weeks from Monday (scripts/zh-datepicker.js).
      page.findElement(By.xpath("//a[contains(normalize-space(.), '设置跟进日期')]")).click();
      WebElement picker = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table[role=grid]")));
      assertThat(picker.getText()).containsPattern("\\d{4}年\\d{1,2}月");
      assertThat(picker.findElements(By.cssSelector("thead tr:last-child th")).stream().map(WebElement::getText)
          .map(String::strip).filter(day -> !day.isEmpty()).toList())
          .containsExactly("周一", "周二", "周三", "周四", "周五", "周六", "周日");
      Webapp.save(page, "due-date-picker");
    }
  }

  /** Issue 21, item 4: form-js's own messages in Chinese, and full-width digits read as digits. */
  @Test
  void aFormTellsItsRulesInChineseAndReadsFullWidthDigits() {
    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-committee", "demo")) {
      tasklist.startProcess("设置专职党务工作者岗位");
      // What a Chinese input method commits: the text arrives as one input event, without keys.
      ((JavascriptExecutor) tasklist.driver()).executeScript("var field = document.getElementById(arguments[0]);"
          + "field.focus(); field.value = '１２';"
          + "field.dispatchEvent(new InputEvent('input', {bubbles: true, data: '１２', inputType: 'insertText'}));",
          tasklist.driver().findElement(By.xpath("//label[normalize-space(.)='岗位数量*' or normalize-space(.)="
              + "'岗位数量']")).getDomAttribute("for"));

      // 发起 with 服务的区域党建工作站 empty: form-js checks every field and shows its messages, in Chinese.
      tasklist.driver().findElement(By.xpath("//button[normalize-space(.)='发起']")).click();
      By container = By.cssSelector(".fjs-container");
      new WebDriverWait(tasklist.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.or(
          ExpectedConditions.textToBePresentInElementLocated(container, "此项为必填。"),
          ExpectedConditions.textToBePresentInElementLocated(container, "Field is required")));
      String form = tasklist.driver().findElement(container).getText();
      tasklist.screenshot("form-messages-in-chinese");
      assertThat(tasklist.valueOf("岗位数量")).isEqualTo("12");
      assertThat(form).contains("此项为必填。").doesNotContain("Field must", "Field is required");
    }
  }

  /**
   * Issue 21, item 4: no form asks for an internal number. 登记旷工 offers, by name, the workers of
   * the user's own town (another town's worker is not among them), and the process starts for the
   * worker picked.
   */
  @Test
  void aTownOfficialPicksAWorkerOfTheirOwnTownByNameToRecordAnAbsence() {
    Worker own = people.activeWorker("kfq", "选择测试甲");
    Worker other = people.activeWorker("huaqiao", "选择测试乙");
    LocalDate day = LocalDate.now(clock).minusDays(1);
    while (day.getDayOfWeek().getValue() > 5) {
      day = day.minusDays(1);
    }
    try (Tasklist tasklist = Tasklist.loginAs(port, "kfq-org", "demo")) {
      WebDriver page = tasklist.driver();
      tasklist.startProcess("登记旷工");
      assertThat(text(page)).doesNotContain("工作者编号", "/api/workers");
      WebElement field = tasklist.fieldLabelled("工作者");
      field.click();
      field.sendKeys("选择测试");
      List<String> offered = new WebDriverWait(page, Duration.ofSeconds(15)).until(driver -> {
        List<String> items = driver.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
            .map(WebElement::getText).map(String::strip).toList();
        return items.isEmpty() ? null : items;
      });
      tasklist.screenshot("worker-choice");
      assertThat(offered).anyMatch(item -> item.startsWith("选择测试甲（昆山开发区"))
          .noneMatch(item -> item.contains("选择测试乙"));
      field.clear();
      tasklist.select("工作者", own.getName());
      tasklist.date("旷工日期（起）", day);
      tasklist.type("说明", "选择测试");
      tasklist.submitStartForm();
    }
    assertThat(history.createHistoricVariableInstanceQuery().variableName("workerId").list().stream()
        .map(variable -> String.valueOf(variable.getValue())).toList())
        .contains(own.getId().toString()).doesNotContain(other.getId().toString());
  }

  /**
   * Issue 21, item 4: a date field is written yyyy-MM-dd with a Chinese calendar (weeks from Monday);
   * a typed ISO date is read as that date; a date before today where the form disallows past dates
   * is refused under the field in Chinese, not silently dropped (scripts/zh-forms.js).
   */
  @Test
  void aDateIsWrittenYearMonthDayWithAChineseCalendarAndAPastDateIsRefusedInChinese() {
    Worker worker = people.activeWorker("zhangpu", "日期测试员");
    LocalDate today = LocalDate.now(clock);
    LocalDate lastDay = today.plusDays(25);
    try (Tasklist tasklist = Tasklist.loginAs(port, worker.getUserId(), "test")) {
      WebDriver page = tasklist.driver();
      WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(15));
      tasklist.startProcess("专职党务工作者辞职");
      tasklist.type("辞职理由", "日期测试");
      WebElement field = tasklist.fieldLabelled("拟最后工作日");
      assertThat(field.getDomProperty("placeholder")).matches("例：\\d{4}-\\d{2}-\\d{2}");
      field.click();
      WebElement calendar = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector(".flatpickr-calendar.open")));
      assertThat(calendar.findElements(By.cssSelector(".flatpickr-weekday")).stream().map(WebElement::getText)
          .map(String::strip).toList()).containsExactly("周一", "周二", "周三", "周四", "周五", "周六", "周日");
      assertThat(calendar.getText()).containsPattern("[一二三四五六七八九十]+月").doesNotContain("Mon", "December");
      tasklist.screenshot("date-picker-in-chinese");

      field.sendKeys(today.minusDays(1).toString(), Keys.TAB);
      WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector(".workforce-date-refusal")));
      assertThat(refusal.getText()).isEqualTo("「拟最后工作日」不能早于今天（" + today + "），收到 " + today.minusDays(1)
          + "，请重新填写");
      assertThat(tasklist.valueOf("拟最后工作日")).isEmpty();
      tasklist.screenshot("past-date-refused");

      // An ISO date typed is that date (an en-US Chromium read 2026-12-22 as 8/6/2027).
      tasklist.date("拟最后工作日", lastDay);
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".workforce-date-refusal")));
      assertThat(tasklist.valueOf("拟最后工作日")).isEqualTo(lastDay.toString());
      tasklist.submitStartForm();
    }
    assertThat(history.createHistoricVariableInstanceQuery().variableName("lastWorkingDay").list().stream()
        .map(variable -> variable.getValue()).toList()).contains(lastDay.toString());
  }

  /**
   * Issue 21, item 4: a message Tasklist shows (here: the form could not be submitted) is Chinese
   * and does not cover the form's buttons; 办理完成 is enabled again as soon as the input is valid.
   */
  @Test
  void messagesStayOffTheButtonsAndCompleteIsEnabledAgainOnceTheInputIsValid() {
    Worker worker = people.activeWorker("zhangpu", "按钮测试员");
    try (Tasklist tasklist = Tasklist.loginAs(port, worker.getUserId(), "test")) {
      tasklist.startProcess("专职党务工作者辞职");
      tasklist.type("辞职理由", "按钮测试");
      tasklist.date("拟最后工作日", LocalDate.now(clock).plusDays(20));
      tasklist.submitStartForm();
    }
    try (Tasklist tasklist = Tasklist.loginAs(port, "zhangpu-org", "demo")) {
      WebDriver page = tasklist.driver();
      WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(15));
      tasklist.tasksIn(ZHANGPU_ORG_FILTER);
      tasklist.openTask("接收辞职申请：按钮测试员");
      By complete = By.xpath("//button[normalize-space(.)='办理完成']");

      // 已收到书面辞职申请 left unticked: form-js marks it, Tasklist says so in a message.
      page.findElement(complete).click();
      WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector(".page-notifications .alert")));
      tasklist.screenshot("message-off-the-buttons");
      assertThat(message.getText()).containsPattern("\\p{IsHan}").doesNotContainPattern("[A-Za-z]{3,}");
      for (WebElement button : page.findElements(By.cssSelector(".form-actions button"))) {
        assertThat(overlap(message.getRect(), button.getRect())).as("message over %s", button.getText()).isFalse();
      }
      assertThat(page.findElement(complete).isEnabled()).isFalse();

      // A note longer than 500 characters, then a shorter one: the button follows the input.
      tasklist.check("已收到本人签字的书面辞职申请");
      tasklist.type("接收说明", "长".repeat(501));
      wait.until(ExpectedConditions.not(ExpectedConditions.elementToBeClickable(complete)));
      tasklist.type("接收说明", "已收到");
      wait.until(ExpectedConditions.elementToBeClickable(complete));
      assertThat(page.findElement(complete).isEnabled()).isTrue();
    }
  }

  private static boolean overlap(org.openqa.selenium.Rectangle a, org.openqa.selenium.Rectangle b) {
    return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
  }

  @Test
  void everyRolesFirstScreenInTasklistIsChineseWithoutBannerOrCreateTask() {
    for (String[] role : new String[][] {
        {"kfq-worker", "worker"}, {"kfq-org", "town-org"}, {"kfq-committee", "town-committee"},
        {"office", "city-office"}, {"committee", "city-committee"}}) {
      try (Tasklist tasklist = Tasklist.loginAs(port, role[0], "demo")) {
        WebDriver page = tasklist.driver();
        Webapp.save(page, "first-screen-" + role[1]);
        assertThat(filters(page)).as(role[0]).contains("我的任务");
        assertTasklistChrome(page);
      }
    }
  }

  @Test
  void welcomeIsChineseAndNamesTheProduct() {
    try (Webapp welcome = Webapp.open(port, "welcome").login("kfq-org", "demo")) {
      welcome.screenshot("first-screen-welcome");
      assertThat(welcome.title()).contains(PRODUCT);
      assertThat(welcome.text()).contains("应用", "任务办理", "个人资料", "修改密码");
      assertChineseWithoutBanner(welcome.text(), welcome.banner(), "welcome");
    }
  }

  @Test
  void adminIsChineseAndShowsNoBanner() {
    try (Webapp admin = Webapp.open(port, "admin").login("admin", "demo")) {
      admin.screenshot("first-screen-admin");
      admin.go("#/users");
      admin.screenshot("admin-users");
      assertThat(admin.title()).contains(PRODUCT);
      assertThat(admin.text()).contains("用户列表", "用户组", "区镇", "授权", "添加用户", PRODUCT);
      assertChineseWithoutBanner(admin.text(), admin.banner(), "admin");
    }
  }

  /**
   * Cockpit's own words come from its zh.json; the banner is there, as a note in Chinese of what
   * the engine's end of life means (no Camunda 8 advertisement).
   */
  @Test
  void cockpitIsChineseAndTellsAdministratorsWhatTheEndOfLifeMeans() {
    try (Webapp cockpit = Webapp.open(port, "cockpit").login("admin", "demo")) {
      cockpit.screenshot("first-screen-admin-cockpit");
      assertThat(cockpit.title()).contains(PRODUCT);
      assertThat(cockpit.banner()).contains("Camunda 7", "社区", "README").doesNotContain("Camunda 8");
      assertThat(englishLabelsShown(cockpit.text(), "cockpit")).isEmpty();
      assertThat(untranslatedKeys(cockpit.text())).isEmpty();

      cockpit.go("#/processes");
      cockpit.screenshot("cockpit-processes");
      assertThat(cockpit.text()).contains("专职党务工作者辞职");
      assertThat(englishLabelsShown(cockpit.text(), "cockpit")).isEmpty();
      assertThat(untranslatedKeys(cockpit.text())).isEmpty();
    }
  }

  /** What every approver's Tasklist shows around the work: Chinese, the product, no noise. */
  private static void assertTasklistChrome(WebDriver page) {
    assertThat(page.getTitle()).contains(PRODUCT);
    assertThat(page.findElement(By.cssSelector("[cam-widget-header] .brand-name")).getText()).contains(PRODUCT);
    assertThat(page.findElement(By.cssSelector("footer")).getText()).contains(PRODUCT);
    assertThat(page.findElement(By.cssSelector(".start-process-action")).getText()).contains("发起流程");
    assertThat(page.findElements(By.cssSelector("li.create-task-action")).stream().noneMatch(WebElement::isDisplayed))
        .as("Create task offered").isTrue();
    assertThat(text(page)).doesNotContain("新建任务");
    assertChineseWithoutBanner(text(page), banner(page), "tasklist");
  }

  private static void assertChineseWithoutBanner(String text, String banner, String app) {
    assertThat(banner).as("end-of-life banner in %s", app).isEmpty();
    assertThat(text).doesNotContain("Camunda 8", "migrate");
    assertThat(englishLabelsShown(text, app)).as("English of %s's en.json on the page", app).isEmpty();
    assertThat(untranslatedKeys(text)).as("translation keys shown as they are").isEmpty();
  }

  private static List<String> filters(WebDriver page) {
    return page.findElements(By.cssSelector(".task-filter")).stream()
        .map(filter -> filter.getText().replaceAll("\\s*\\(?\\d+\\)?\\s*$", "").strip()).toList();
  }

  private static String text(WebDriver page) {
    return page.findElement(By.tagName("body")).getText();
  }

  private static String banner(WebDriver page) {
    return page.findElements(By.cssSelector(".ce-eol-banner")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).findFirst().orElse("");
  }

  /** Labels of the engine's en.json of the app that are plain English phrases, found on the page. */
  static Set<String> englishLabelsShown(String text, String app) {
    Set<String> shown = new TreeSet<>();
    for (String label : englishLabels(app)) {
      if (Pattern.compile("(?<![A-Za-z])" + Pattern.quote(label) + "(?![A-Za-z])").matcher(text).find()) {
        shown.add(label);
      }
    }
    return shown;
  }

  /** A key such as DASHBOARD_RIGHT_NOW shown where a translation is missing. */
  private static List<String> untranslatedKeys(String text) {
    List<String> keys = new ArrayList<>();
    var matcher = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){1,}\\b").matcher(text);
    while (matcher.find()) {
      keys.add(matcher.group());
    }
    return keys;
  }

  /** Words and phrases a Chinese page may show in Latin letters (the engine's and standards' names). */
  private static final Set<String> KEPT = Set.of("Camunda", "Camunda Platform", "ID", "UTC", "BPMN", "DMN");

  private static List<String> englishLabels(String app) {
    List<String> labels = new ArrayList<>();
    englishLocale(app).path("labels").forEach(value -> {
      String label = value.asText().replaceAll("\\{\\{[^}]*\\}\\}", "").strip();
      if (label.matches("[A-Za-z][A-Za-z .,'()/-]*[A-Za-z.]") && label.chars().anyMatch(Character::isLowerCase)
          && label.length() >= 3 && !KEPT.contains(label)) {
        labels.add(label.endsWith(".") ? label.substring(0, label.length() - 1) : label);
      }
    });
    return labels;
  }

  private static JsonNode englishLocale(String app) {
    String path = "META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json";
    try {
      for (URL url : Collections.list(ChineseWorkplaceBrowserIT.class.getClassLoader().getResources(path))) {
        if (url.toString().contains("camunda-webapp-webjar")) {
          try (InputStream in = url.openStream()) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ObjectMapper().readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no " + path + " in the camunda-webapp-webjar");
  }
}
