package org.partyaffairs.workforce.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist in headless Debian Chromium set to Simplified Chinese, as a person uses it: log in, start a process from
 * its start form, open a task, claim it, fill its Camunda Form, complete it. Screenshots go to
 * {@code target/e2e-screenshots}.
 */
final class Tasklist implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

  private static int shots;

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final String base;
  private final String user;

  /** A fresh browser, logged in as the user. */
  static Tasklist loginAs(int port, String user, String password) {
    Tasklist tasklist = new Tasklist(port, user);
    tasklist.login(password);
    return tasklist;
  }

  /**
   * The browser a page outside Tasklist logged in already (the account activation page), once it
   * shows Tasklist's filters.
   */
  static Tasklist alreadyLoggedIn(WebDriver driver, int port, String user) {
    Tasklist tasklist = new Tasklist(driver, port, user);
    tasklist.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-filter")));
    return tasklist;
  }

  private Tasklist(int port, String user) {
    this(Chromium.start(), port, user);
  }

  private Tasklist(WebDriver driver, int port, String user) {
    this.user = user;
    this.base = "http://localhost:" + port + "/camunda/app/tasklist/default/";
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  private void login(String password) {
    driver.get(base);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
    driver.findElement(By.cssSelector("input[type=text], input[name=username]")).sendKeys(user);
    driver.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    try {
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-filter")));
    } catch (TimeoutException e) {
      screenshot("login-failed-" + user); // what Tasklist showed instead of its filters
      throw e;
    }
  }

  void startProcess(String processName) {
    click(By.xpath("//*[contains(@class,'start-process-action')]//a"));
    // The dialog lists the processes in more than one digest: a click on the first list can land
    // on a link that is replaced, and no form opens (seen once in CI).
    pause();
    click(By.xpath("//div[contains(@class,'modal')]//a[contains(normalize-space(.), '" + processName + "')]"));
    waitForForm();
  }

  void submitStartForm() {
    click(By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='发起']"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("div.modal-dialog")));
  }

  /** Names of the tasks in the filter, once Tasklist has loaded them. */
  List<String> tasksIn(String filterName) {
    // The filter's own item: the column around the filters has the class task-filters, and a click
    // on its middle would land on whatever filter happens to be there, or on none.
    click(By.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' task-filter ')]"
        + "[contains(normalize-space(.), '" + filterName + "')]"));
    pause();
    wait.until(ExpectedConditions.or(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list li.task")),
        ExpectedConditions.visibilityOfElementLocated(
            By.xpath("//*[contains(@class,'tasks-list')]//div[contains(@class,'well')][contains(., '没有符合条件的任务')]"))));
    // Tasklist redraws the list as its counts and pages arrive: read it until two readings a moment
    // apart agree, and read again when an element is replaced under the reading.
    return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
        .until(browser -> {
          List<String> first = taskNames();
          pause();
          List<String> second = taskNames();
          return first.equals(second) ? second : null;
        });
  }

  private List<String> taskNames() {
    return driver.findElements(By.cssSelector(".tasks-list li.task h4.task")).stream()
        .map(WebElement::getText).map(String::strip).toList();
  }

  /** Opens a group task and claims it. */
  void openTask(String taskName) {
    openAssignedTask(taskName);
    click(By.cssSelector("button.claim"));
    waitForForm();
  }

  /** Opens a task that is already the user's own (in 我的任务). */
  void openAssignedTask(String taskName) {
    click(By.xpath("//*[contains(@class,'tasks-list')]//li[contains(@class,'task')]//h4[contains(., '" + taskName + "')]//a"));
    waitForForm();
  }

  void type(String label, String text) {
    WebElement field = field(label);
    field.clear();
    field.sendKeys(text);
    // Camunda Forms takes a typed value in on leaving the field, after a short debounce.
    field.sendKeys(Keys.TAB);
    pause();
  }

  void check(String label) {
    field(label).click();
  }

  /** Picks the option of a searchable select whose label contains {@code optionText}. */
  void select(String label, String optionText) {
    WebElement field = field(label);
    field.click();
    field.sendKeys(optionText);
    click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.), '" + optionText + "')]"));
    pause();
  }

  /** Picks the radio option with this label. */
  void choose(String optionLabel) {
    field(optionLabel).click();
  }

  /** Types a date into a Camunda Forms date field as a Chinese user writes it: yyyy-MM-dd (scripts/zh-forms.js). */
  void date(String label, LocalDate date) {
    WebElement field = field(label);
    field.sendKeys(date.toString());
    field.sendKeys(Keys.ENTER);
  }

  /** What a form field of that label is, for what a test checks beyond its value (placeholder, its picker). */
  WebElement fieldLabelled(String label) {
    return field(label);
  }

  void completeTask() {
    click(By.xpath("//button[normalize-space(.)='办理完成']"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-container")));
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      String file = String.format("%02d-%s-%s", ++shots, user, name);
      Files.write(SCREENSHOTS.resolve(file + ".png"), png);
      Files.writeString(SCREENSHOTS.resolve(file + ".html"), driver.getPageSource());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The browser, for what a test reads of the page beyond the form. */
  WebDriver driver() {
    return driver;
  }

  /** What a form field shows, read-only facts included. */
  String valueOf(String label) {
    return field(label).getDomProperty("value");
  }

  /** The form field a person finds by its label (Camunda Forms ties each label to its input). */
  private WebElement field(String label) {
    WebElement labelElement = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//form[contains(@class,'fjs-form')]//label[contains(normalize-space(.), '" + label + "')]")));
    WebElement field = driver.findElement(By.id(labelElement.getDomAttribute("for")));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
    return wait.until(ExpectedConditions.elementToBeClickable(field));
  }

  private void waitForForm() {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    pause();
  }

  /** Clicks once the element is clickable; an element Angular replaced meanwhile is found again. */
  private void click(By by) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(browser -> {
      WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
      element.click();
      return true;
    });
  }

  /** Tasklist renders in several Angular digests; give it a moment after each navigation. */
  private static void pause() {
    try {
      Thread.sleep(700);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Keeps the last page of every session: on a failure it shows where the person was stuck. */
  @Override
  public void close() {
    screenshot("last");
    driver.quit();
  }
}
