package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** POST /api/decisions/{name} and GET /api/decisions over HTTP. */
@IntegrationTest
class DecisionApiTest {

  @LocalServerPort int port;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void anyLoggedInRoleGetsTheAnswerWithItsExplanation() {
    HttpResponse<String> response = post("assessment-grade", "{\"policy\":\"kunshan\",\"score\":89.5}", "kfq-worker");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"grade\":\"QUALIFIED\"", "\"label\":\"合格\"", "\"article\":\"000 第十条\"",
        "\"file\":\"rules/assessment/assessment-grade.drl\"");
  }

  @Test
  void decisionsNeedALogin() {
    assertThat(http.postJson("/api/decisions/assessment-grade", null, null, "{}").statusCode()).isEqualTo(401);
  }

  @Test
  void anUnknownDecisionIsNotFound() {
    assertThat(post("promotion-score", "{}", "office").statusCode()).isEqualTo(404);
  }

  @Test
  void invalidFactsAnswer400NamingTheField() {
    assertRefused(post("evaluation-form-score", "{\"item1\":6,\"item2\":5,\"item3\":5,\"item4\":5,\"item5\":5,"
        + "\"item6\":5,\"item7\":5,\"item8\":5,\"item9\":5,\"item10\":5,\"item11\":10,\"item12\":10,\"item13\":10,"
        + "\"item14\":10,\"item15\":5,\"item16\":5}", "office"), "item1");
    assertRefused(post("points-score", "{\"events\":[{\"item\":7,\"count\":-2}],\"vetoes\":[]}", "office"),
        "events[0].count");
    assertRefused(post("probation-outcome", "{\"qualificationsMet\":true,\"examScore\":70,"
        + "\"votes\":{\"excellent\":0,\"good\":0,\"fair\":0,\"poor\":0}}", "office"), "votes");
    assertRefused(post("assessment-grade", "{\"policy\":\"shanghai\",\"score\":70}", "office"), "policy");
    assertRefused(post("assessment-grade", "{\"policy\":\"kunshan\"}", "office"), "score");
    assertRefused(post("leave-approval-tier", "{\"days\":3,\"hours\":2}", "office"), "hours");
    assertThat(post("leave-approval-tier", "[1,2]", "office").statusCode()).isEqualTo(400);
  }

  @Test
  void aScoreAboveOneHundredIsRefusedNamingTheField() {
    assertRefused(post("assessment-grade", "{\"policy\":\"kunshan\",\"score\":101}", "office"), "score");
    assertRefused(post("assessment-grade", "{\"policy\":\"kunshan\",\"score\":1e308}", "office"), "score");
    assertRefused(post("assessment-grade", "{\"policy\":\"lanzhou\",\"score\":100.0001}", "office"), "score");
    assertRefused(post("excellence-quota", "{\"cohort\":[{\"workerId\":\"w1\",\"score\":101,"
        + "\"grade\":\"EXCELLENT\"}]}", "office"), "cohort[0].score");
    assertRefused(post("probation-outcome", "{\"qualificationsMet\":true,\"examScore\":100.5,"
        + "\"votes\":{\"excellent\":3,\"good\":2,\"fair\":0,\"poor\":0}}", "office"), "examScore");
    assertThat(post("assessment-grade", "{\"policy\":\"lanzhou\",\"score\":100}", "office").statusCode())
        .isEqualTo(200);
    assertThat(post("assessment-grade", "{\"policy\":\"points\",\"score\":130}", "office").statusCode())
        .isEqualTo(200);
  }

  @Test
  void aYearOutsideAPlausibleRangeIsRefusedNamingTheField() {
    assertRefused(post("reward-eligibility", "{\"grades\":{\"2025\":\"EXCELLENT\",\"2026\":\"EXCELLENT\"},"
        + "\"year\":-2026}", "office"), "year");
    assertRefused(post("reward-eligibility", "{\"grades\":{\"-2027\":\"EXCELLENT\",\"2026\":\"EXCELLENT\"},"
        + "\"year\":2026}", "office"), "grades[-2027]");
    assertRefused(post("dismissal-grounds", "{\"absences\":[],\"assessmentEligible\":true,\"grades\":{},"
        + "\"year\":3026,\"criminalPenalty\":false,\"administrativeDetention\":false,"
        + "\"publicSecurityPenalty\":false,\"seriousIncident\":false}", "office"), "year");
  }

  @Test
  void aNumberThatIsNotFiniteIsRefusedNamingTheField() {
    assertRefused(post("assessment-grade", "{\"policy\":\"kunshan\",\"score\":1e400}", "office"), "score");
    assertRefused(post("assessment-grade", "{\"policy\":\"kunshan\",\"score\":\"NaN\"}", "office"), "score");
    assertRefused(post("leave-approval-tier", "{\"days\":1e10}", "office"), "days");
  }

  @Test
  void aRefusedFactIsToldInChineseWithoutAJavaType() {
    HttpResponse<String> response = post("leave-approval-tier", "{\"days\":\"abc\"}", "office");

    assertRefused(response, "days");
    assertThat(response.body()).contains("应为整数").doesNotContain("java.", "`", "Cannot");
  }

  @Test
  void theListNamesEveryDecisionWithItsFields() {
    String body = http.get("/api/decisions", "kfq-org", "demo").body();

    assertThat(body).contains("evaluation-form-score", "weighted-score", "points-score", "assessment-grade",
        "excellence-quota", "warning-trigger", "dismissal-grounds", "probation-outcome", "reward-eligibility",
        "leave-approval-tier", "{\"name\":\"votes\",\"type\":\"Votes\",\"required\":true}",
        "{\"name\":\"events\",\"type\":\"List<PointsEvent>\",\"required\":true}");
  }

  private HttpResponse<String> post(String decision, String facts, String user) {
    return http.postJson("/api/decisions/" + decision, user, "demo", facts);
  }

  private static void assertRefused(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"" + field + "\"");
  }
}
