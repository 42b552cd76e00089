package org.partyaffairs.workforce.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Opening a round over HTTP ({@code POST /api/certification-rounds}): the refusals, each naming its
 * field in Chinese with nothing opened. The opening itself starts an instance for every worker in
 * post, so it runs on a database of its own ({@code CertificationFlowMySqlIT}).
 */
@IntegrationTest
class CertificationRoundApiTest {

  @LocalServerPort int port;
  @Autowired CertificationRoundRepository rounds;

  @Test
  void aRoundWithoutAYearOrWithAYearAheadOrADeadlinePastIsRefusedNamingTheField() {
    long before = rounds.count();
    refused("{\"deadline\":\"2099-01-01\"}", "year", "请填写认证年度");
    refused("{\"year\":2999,\"deadline\":\"2099-01-01\"}", "year", "认证年度须在 2000 年到今年");
    refused("{\"year\":2026}", "deadline", "请填写申报截止日");
    refused("{\"year\":2026,\"deadline\":\"2001-01-01\"}", "deadline", "申报截止日不能早于今天");
    HttpResponse<String> unreadable = new Http(port).postJson("/api/certification-rounds", "office", "demo",
        "{\"year\":2026,\"deadline\":\"明天\"}");
    assertThat(unreadable.statusCode()).isEqualTo(400);
    assertThat(unreadable.body()).doesNotContain("java.", "Exception");
    assertThat(rounds.count()).isEqualTo(before);
  }

  @Test
  void onlyTheCityOfficeOpensARound() {
    for (String user : new String[] {"kfq-org", "committee", "admin", "kfq-worker"}) {
      HttpResponse<String> response = new Http(port).postJson("/api/certification-rounds", user, "demo",
          "{\"year\":2026,\"deadline\":\"2099-01-01\"}");
      assertThat(response.statusCode()).as(user).isEqualTo(403);
      assertThat(response.body()).contains("只有市委“两新”工委办公室可以开启资格认证");
    }
  }

  private void refused(String body, String field, String message) {
    HttpResponse<String> response = new Http(port).postJson("/api/certification-rounds", "office", "demo", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"" + field + "\"", message);
  }
}
