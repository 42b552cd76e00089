package org.partyaffairs.workforce.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One of Camunda's webapps (tasklist, cockpit, admin, welcome) in the Chinese browser, read as a
 * person sees it: the login page, then the first screen after logging in. What each app does is
 * in {@link Tasklist}; this is the chrome around it.
 */
final class Webapp implements AutoCloseable {

  private final WebDriver driver;
  private final WebDriverWait wait;
  private final String app;

  /** The app's login page in a fresh browser. */
  static Webapp open(int port, String app) {
    return new Webapp(port, app);
  }

  private Webapp(int port, String app) {
    this.app = app;
    this.driver = Chromium.start();
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    driver.get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
    settle();
  }

  /** Logs in and waits for the header that only a logged-in user gets. */
  Webapp login(String user, String password) {
    driver.findElement(By.cssSelector("input[type=text], input[name=username]")).sendKeys(user);
    driver.findElement(By.cssSelector("input[type=password]")).sendKeys(password);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-widget-header] .brand-name")));
    settle();
    return this;
  }

  /** Goes to a route of the app, e.g. {@code #/users}. */
  Webapp go(String route) {
    driver.get(driver.getCurrentUrl().replaceFirst("#.*$", "") + route);
    settle();
    return this;
  }

  String title() {
    return driver.getTitle();
  }

  /** The page's text as shown: hidden elements (ng-hide, display: none) are left out. */
  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String placeholder(String css) {
    return driver.findElement(By.cssSelector(css)).getDomAttribute("placeholder");
  }

  String textOf(String css) {
    return driver.findElement(By.cssSelector(css)).getText().strip();
  }

  /** The engine's end-of-life banner as shown, or empty when it is not shown. */
  String banner() {
    return driver.findElements(By.cssSelector(".ce-eol-banner")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).findFirst().orElse("");
  }

  boolean shows(String css) {
    return driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
  }

  WebDriver driver() {
    return driver;
  }

  /** Saves the screen as {@code target/e2e-screenshots/<name>.png} (and its HTML). */
  void screenshot(String name) {
    save(driver, name);
  }

  static void save(WebDriver driver, String name) {
    try {
      Files.createDirectories(Tasklist.SCREENSHOTS);
      Files.write(Tasklist.SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(Tasklist.SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The webapps render in several Angular digests and load their translations on the way. */
  private static void settle() {
    try {
      Thread.sleep(1500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    driver.quit();
  }

  @Override
  public String toString() {
    return app;
  }
}
