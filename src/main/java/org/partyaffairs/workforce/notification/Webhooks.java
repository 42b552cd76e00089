package org.partyaffairs.workforce.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * The group-robot channel: a JSON POST of {@code {"msgtype":"text","text":{"content":"…"}}}, what
 * the robots of WeCom (企业微信) and DingTalk (钉钉) accept. A robot answers HTTP 200 with
 * {@code errcode} 0 when it took the message; anything else is a failure to retry.
 *
 * <p>Only http and https URLs to the hosts of {@code workforce.notifications.webhook.allowed-hosts}
 * are kept: the application would otherwise post to any address a user names, its own network's
 * included.
 */
@Component
class Webhooks {

  private final NotificationProperties.Webhook settings;
  private final ObjectMapper json;
  private final HttpClient client;

  Webhooks(NotificationProperties properties, ObjectMapper json) {
    this.settings = properties.webhook();
    this.json = json;
    this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** The URL as kept, or a refusal in Chinese naming what is wrong with it. */
  String check(String url) {
    if (url == null || url.isBlank()) {
      throw new FieldRefused("webhookUrl", "选择群机器人时须填写机器人地址（Webhook URL）");
    }
    String trimmed = url.strip();
    if (trimmed.length() > 500) {
      throw new FieldRefused("webhookUrl", "机器人地址不能超过 500 个字符");
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw new FieldRefused("webhookUrl", "机器人地址不是有效的网址");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FieldRefused("webhookUrl", "机器人地址只能以 http:// 或 https:// 开头");
    }
    if (uri.getHost() == null || uri.getUserInfo() != null) {
      throw new FieldRefused("webhookUrl", "机器人地址须写明主机名，且不能含用户名或密码");
    }
    List<String> allowed = settings.allowedHosts();
    if (!allowed.isEmpty() && allowed.stream().noneMatch(host -> host.equalsIgnoreCase(uri.getHost()))) {
      throw new FieldRefused("webhookUrl", "机器人地址的主机须为以下之一：" + String.join("、", allowed));
    }
    return trimmed;
  }

  /** Posts the text; throws with the reason when the robot did not take it. */
  void post(String url, String text) throws IOException, InterruptedException {
    byte[] body = json.writeValueAsBytes(Map.of("msgtype", "text", "text", Map.of("content", text)));
    HttpRequest request = HttpRequest.newBuilder(URI.create(check(url))).timeout(settings.timeout())
        .header("Content-Type", "application/json; charset=utf-8").POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() / 100 != 2) {
      throw new IOException("webhook answered HTTP " + response.statusCode());
    }
    String answer = response.body();
    if (answer != null && answer.strip().startsWith("{")) {
      JsonNode errcode = json.readTree(answer).get("errcode");
      if (errcode != null && errcode.asInt() != 0) {
        throw new IOException("webhook answered errcode " + errcode.asInt());
      }
    }
  }

  /** A refusal of one field of a profile. */
  static final class FieldRefused extends InvalidRequestException {

    FieldRefused(String field, String message) {
      super(field, message);
    }
  }
}
