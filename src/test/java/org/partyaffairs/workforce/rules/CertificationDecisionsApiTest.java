package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * certification-eligibility, red-collar-allowance and certification-exit over HTTP (002 专职资格认证,
 * 专属待遇保障): listed with their fields, answered with their explanation (article, DRL file, the
 * city's demo row), bad facts a 400 naming the field in Chinese.
 */
@IntegrationTest
class CertificationDecisionsApiTest {

  @LocalServerPort int port;

  @Test
  void theListNamesTheThreeDecisionsWithTheirFields() {
    String body = new Http(port).get("/api/decisions", "kfq-org", "demo").body();

    assertThat(body).contains("certification-eligibility", "专职资格认证申报条件", "red-collar-allowance", "红领津贴",
        "certification-exit", "{\"name\":\"requestedLevel\",\"type\":\"CertificationLevel\",\"required\":true}",
        "{\"name\":\"level\",\"type\":\"CertificationLevel\",\"required\":true}");
  }

  @Test
  void theAllowanceAnswersTheAmountWithTheCitysDemoRowAndTheArticle() {
    HttpResponse<String> response = post("red-collar-allowance", "{\"level\":\"SPECIAL\",\"grade\":\"EXCELLENT\"}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("\"allowance\":9600", "\"article\":\"002 专属待遇保障\"", "本市标准，演示值",
        "\"file\":\"rules/certification/red-collar-allowance.drl\"");
  }

  @Test
  void aGradeBelowQualifiedAnswersNothingWithTheReason() {
    HttpResponse<String> response = post("red-collar-allowance", "{\"level\":\"SENIOR\",\"grade\":\"BASIC\"}");

    assertThat(response.body()).contains("\"allowance\":0", "\"reasons\":[\"BELOW_QUALIFIED\"]", "取消当年度红领津贴");
  }

  @Test
  void theEligibilityAnswersItsReasonsAndTheRowsItApplied() {
    HttpResponse<String> response = post("certification-eligibility", "{\"requestedLevel\":\"INTERMEDIATE\","
        + "\"currentLevel\":\"PRIMARY\",\"trainingTestPassed\":false,\"yearsInService\":2,"
        + "\"grades\":{\"2024\":\"QUALIFIED\",\"2025\":\"QUALIFIED\"},\"year\":2026}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("\"eligible\":false", "TRAINING_TEST_NOT_PASSED", "TOO_FEW_YEARS",
        "\"requiredYears\":3", "002 专业能力培训", "中级的条件（本市认证办法，演示值）",
        "\"file\":\"rules/certification/certification-eligibility.drl\"");
  }

  @Test
  void theExitAnswersWhetherTheLevelIsLost() {
    HttpResponse<String> response = post("certification-exit", "{\"grades\":{\"2026\":\"FAIL\"},\"year\":2026}");

    assertThat(response.body()).contains("\"withdraw\":true", "GRADE_FAIL", "\"file\":\"rules/certification/certification-exit.drl\"");
  }

  @Test
  void badFactsAreA400NamingTheFieldInChinese() {
    for (String[] bad : new String[][] {
        {"red-collar-allowance", "{\"level\":\"GOLD\",\"grade\":\"QUALIFIED\"}", "level"},
        {"red-collar-allowance", "{\"level\":\"PRIMARY\"}", "grade"},
        {"certification-eligibility", "{\"requestedLevel\":\"PRIMARY\",\"trainingTestPassed\":true,"
            + "\"yearsInService\":61,\"grades\":{},\"year\":2026}", "yearsInService"},
        {"certification-exit", "{\"grades\":{},\"year\":2026}", "grades"}}) {
      HttpResponse<String> response = post(bad[0], bad[1]);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(response.body()).contains("\"field\":\"" + bad[2] + "\"").doesNotContain("java.", "Exception")
          .containsPattern("[\\u4e00-\\u9fa5]");
    }
  }

  private HttpResponse<String> post(String decision, String facts) {
    return new Http(port).postJson("/api/decisions/" + decision, "office", "demo", facts);
  }
}
