package org.partyaffairs.workforce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The counts for administrators and the city office, and each person's own profile, over HTTP. */
@IntegrationTest
class NotificationApiTest {

  @LocalServerPort int port;
  @Autowired Recipients recipients;

  @Test
  void administratorsAndTheCityOfficeReadTheCountsOthersAreRefusedInChinese() {
    Http http = new Http(port);
    for (String reader : new String[] {"admin", "office"}) {
      HttpResponse<String> answer = http.get("/api/notifications/stats", reader, "demo");
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      assertThat(answer.body()).contains("\"on\":true", "\"PENDING\"", "\"SENT\"", "\"FAILED\"", "\"NO_ADDRESS\"");
    }
    for (String other : new String[] {"kfq-org", "committee", "kfq-worker"}) {
      HttpResponse<String> answer = http.get("/api/notifications/stats", other, "demo");
      assertThat(answer.statusCode()).isEqualTo(403);
      assertThat(answer.body()).contains("只有系统管理员和市委").doesNotContain("Exception");
    }
  }

  @Test
  void aPersonSetsTheirOwnChannelAndOnlyHttpOrHttpsRobotsOfTheAllowedHostsAreKept() {
    String user = recipients.memberOf(Groups.townOrg("huaqiao"), "花设");
    Http http = new Http(port);

    HttpResponse<String> own = http.get("/api/notifications/profile", user, Recipients.PASSWORD);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains("\"channel\":\"MAIL\"", Recipients.email(user));

    assertRefused(http.putJson("/api/notifications/profile", user, Recipients.PASSWORD,
        "{\"channel\":\"WEBHOOK\",\"webhookUrl\":\"ftp://127.0.0.1/robot\"}"), "webhookUrl", "http:// 或 https://");
    assertRefused(http.putJson("/api/notifications/profile", user, Recipients.PASSWORD,
        "{\"channel\":\"WEBHOOK\",\"webhookUrl\":\"http://10.0.0.8/robot\"}"), "webhookUrl", "主机须为以下之一");
    assertRefused(http.putJson("/api/notifications/profile", user, Recipients.PASSWORD,
        "{\"channel\":\"WEBHOOK\"}"), "webhookUrl", "须填写机器人地址");
    assertRefused(http.putJson("/api/notifications/profile", user, Recipients.PASSWORD,
        "{\"channel\":\"SMS\"}"), "channel", "通知方式只能是");
    assertThat(http.get("/api/notifications/profile", user, Recipients.PASSWORD).body())
        .as("nothing half-written").contains("\"channel\":\"MAIL\"").contains("\"webhookUrl\":null");

    HttpResponse<String> set = http.putJson("/api/notifications/profile", user, Recipients.PASSWORD,
        "{\"channel\":\"webhook\",\"webhookUrl\":\"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc\"}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(set.body()).contains("\"channel\":\"WEBHOOK\"", "群机器人");
  }

  @Test
  void onlyAdministratorsReadAndSetSomeoneElsesProfile() {
    String user = recipients.memberOf(Groups.townOrg("huaqiao"), "花设");
    Http http = new Http(port);

    HttpResponse<String> refused = http.get("/api/notifications/profiles/" + user, "huaqiao-org", "demo");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("只有系统管理员").doesNotContain(Recipients.email(user));
    assertThat(http.putJson("/api/notifications/profiles/" + user, "office", "demo", "{\"channel\":\"MAIL\"}")
        .statusCode()).isEqualTo(403);

    HttpResponse<String> read = http.get("/api/notifications/profiles/" + user, "admin", "demo");
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains(Recipients.email(user));
    HttpResponse<String> missing = http.get("/api/notifications/profiles/nobody-here", "admin", "demo");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("用户 nobody-here 不存在");
    HttpResponse<String> set = http.putJson("/api/notifications/profiles/" + user, "admin", "demo",
        "{\"channel\":\"WEBHOOK\",\"webhookUrl\":\"https://oapi.dingtalk.com/robot/send?access_token=x\"}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
  }

  private static void assertRefused(HttpResponse<String> answer, String field, String message) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("\"field\":\"" + field + "\"", message).doesNotContain("Exception");
  }
}
