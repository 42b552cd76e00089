package org.partyaffairs.workforce.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium as the product's users have it: a Simplified Chinese browser. On Linux
 * {@code --lang} alone leaves {@code navigator.languages} at en-US, which is what the webapps read
 * to pick their locale, so the accepted languages are set too.
 */
final class Chromium {

  private Chromium() {
  }

  static WebDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + temporaryProfile(), "--window-size=1400,1000", "--lang=zh-CN");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver")).toFile())
        // The browser keeps Beijing time, as the officials' do: a date picker's "today" and the tests'
        // LocalDate.now(clock) must be the same day also between 16:00 and 24:00 UTC.
        .withEnvironment(Map.of("TZ", "Asia/Shanghai"))
        .build();
    return new ChromeDriver(service, options);
  }

  private static String temporaryProfile() {
    try {
      return Files.createTempDirectory("e2e-chromium").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
