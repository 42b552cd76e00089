package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partyaffairs.workforce.support.ApplicationProcess;
import org.partyaffairs.workforce.support.MySqlTestDatabase;

/**
 * The product started for real as production starts it (issue 28): the packaged jar on the
 * {@code mysql} profile alone, no demo, an administrator password from {@code ADMIN_PASSWORD}, a
 * fresh database. What a browser and a script meet: HSTS and Camunda's headers on the webapps, the
 * session and CSRF cookies {@code Secure}, {@code HttpOnly} where scripts need not read them and
 * {@code SameSite}; no demo account logs in; the metrics are not anonymous. ({@link ProfileSettingsTest}
 * reads the same settings from the files; this reads them off the wire.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionStartMySqlIT {

  private static final String DATABASE = "workforce_production_it";
  private static final String ADMIN_PASSWORD = "Prod#Start2026x";

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private ApplicationProcess application;

  @BeforeAll
  void startAsProductionDoes() {
    MySqlTestDatabase.create(DATABASE);
    Map<String, String> environment = new HashMap<>(MySqlTestDatabase.applicationEnvironment(DATABASE));
    environment.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
    application = new ApplicationProcess("production-start-it", List.of("mysql"), environment).start();
    application.awaitReady(Duration.ofMinutes(6));
  }

  @AfterAll
  void stop() {
    if (application != null) {
      application.close();
    }
  }

  @Test
  void theWebappsSendHstsAndCamundasHeaders() throws Exception {
    HttpResponse<String> page = get("/camunda/app/tasklist/default/", null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
        assertThat(hsts).contains("max-age=31536000"));
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
        assertThat(policy).contains("frame-ancestors 'none'"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void theAdministratorsWebappLoginGetsSecureCookies() throws Exception {
    HttpResponse<String> csrf = get("/camunda/api/admin/auth/user/default", null);
    String token = csrf.headers().firstValue("X-XSRF-TOKEN").orElse("");
    String cookies = String.join("; ", csrf.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList());
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(application.baseUrl()
            + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token).header("Cookie", cookies)
        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    List<String> setCookies = new java.util.ArrayList<>(csrf.headers().allValues("Set-Cookie"));
    setCookies.addAll(login.headers().allValues("Set-Cookie"));
    assertThat(setCookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")))
        .isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax"));
    assertThat(setCookies.stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN=")))
        .isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
  }

  @Test
  void noDemoAccountLogsInAndTheMetricsAreNotAnonymous() throws Exception {
    assertThat(get("/engine-rest/task/count", "kfq-org:demo").statusCode()).isEqualTo(401);
    assertThat(get("/engine-rest/task/count", "admin:" + ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(get("/actuator/prometheus", null).statusCode()).isIn(401, 403);
    assertThat(get("/actuator/prometheus", "admin:" + ADMIN_PASSWORD).statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(String path, String userAndPassword) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(application.baseUrl() + path)).GET();
    if (userAndPassword != null) {
      request.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8)));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
