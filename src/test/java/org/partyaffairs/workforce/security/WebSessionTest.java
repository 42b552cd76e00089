package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps' session as a browser meets it: cookies scripts cannot read, Camunda's headers, and a
 * state-changing request without the CSRF token refused. (Secure cookies and HSTS are off in the demo
 * profile these tests run on; {@link ProfileSettingsTest} holds the production settings.)
 */
@IntegrationTest
class WebSessionTest {

  @LocalServerPort int port;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() {
    HttpResponse<String> login = http.webappLogin("tasklist", "kfq-org", "demo");

    assertThat(login.statusCode()).isEqualTo(200);
    List<String> session = login.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID=")).toList();
    assertThat(session).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax"));
  }

  @Test
  void theWebappsKeepCamundasContentSecurityPolicyAndHeaders() {
    HttpResponse<String> page = http.get("/camunda/app/tasklist/default/", null, null);

    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
        assertThat(policy).contains("base-uri 'self'", "default-src 'self'", "frame-ancestors 'none'"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void aWebappPostWithoutTheCsrfTokenIsRefusedThoughTheSessionIsValid() {
    http.webappLogin("tasklist", "kfq-org", "demo");
    String taskCount = "/camunda/api/engine/engine/default/task/count";

    assertThat(http.webappPostJson(taskCount, "{}").statusCode()).isEqualTo(200);

    HttpResponse<String> forged = http.webappPostJsonWithoutCsrfToken(taskCount, "{}");

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
  }
}
