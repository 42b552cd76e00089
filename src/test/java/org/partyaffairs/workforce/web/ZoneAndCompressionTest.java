package org.partyaffairs.workforce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 21, item 4: times are answered in {@code workforce.zone} (Asia/Shanghai) on the engine's
 * APIs as on the product's, whatever the server's own zone (the tests run the JVM in UTC); and
 * what the webapps load is compressed.
 */
@IntegrationTest
class ZoneAndCompressionTest {

  @LocalServerPort int port;

  @Test
  void theEngineApiAnswersTimesInBeijingTimeLikeTheProductApi() {
    HttpResponse<String> definitions = new Http(port).get("/engine-rest/deployment?maxResults=1", "admin", "demo");

    assertThat(definitions.statusCode()).isEqualTo(200);
    assertThat(definitions.body()).containsPattern("\"deploymentTime\":\"\\d{4}-\\d\\d-\\d\\dT[0-9:.]+\\+0800\"");
  }

  @Test
  void theWebappsScriptsAndTheTaskListComeCompressed() throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<byte[]> script = client.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/camunda/app/tasklist/scripts/config.js"))
        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> tasks = client.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/engine-rest/process-definition?maxResults=200"))
        .header("Accept-Encoding", "gzip")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes()))
        .build(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(tasks.statusCode()).isEqualTo(200);
    assertThat(tasks.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(script.statusCode()).isEqualTo(200);
    if (script.body().length > 2048) {
      assertThat(script.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }
  }
}
