package org.partyaffairs.workforce.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code workforce.notifications.*}; the mail server itself is Spring's
 * {@code spring.mail.*}. Notifications are on when {@code spring.mail.host} is set or the webhook
 * channel is enabled, off otherwise (docs/capabilities/notifications.md).
 *
 * @param baseUrl where people open the application; a message links to
 *     {@code <baseUrl>/camunda/app/tasklist/default/#/?task=<id>}
 * @param mailFrom the sender of the e-mails
 * @param webhook the group-robot channel: off unless enabled; only these hosts may be named
 * @param sender the job that sends the outbox: how often, how many at a time, the lease, the retries
 * @param digest the daily digest at this time of {@code workforce.zone}, on working days
 * @param reminder a reminder this many working days before a task is due
 * @param scheduler whether this node runs the sender and the scans at all (tests drive them)
 */
@ConfigurationProperties("workforce.notifications")
record NotificationProperties(
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("noreply@localhost") String mailFrom,
    @DefaultValue Webhook webhook,
    @DefaultValue Sender sender,
    @DefaultValue("08:30") LocalTime digest,
    @DefaultValue("1") int reminderWorkingDays,
    @DefaultValue("true") boolean scheduler) {

  /** The robots of WeCom (企业微信) and DingTalk (钉钉) by default. */
  record Webhook(
      @DefaultValue("false") boolean enabled,
      @DefaultValue({"qyapi.weixin.qq.com", "oapi.dingtalk.com"}) List<String> allowedHosts,
      @DefaultValue("10s") Duration timeout) {
  }

  /**
   * @param interval pause between two runs of the sender
   * @param batch rows claimed per run
   * @param lease how long a claimed row is this node's; a node that dies while sending leaves its
   *     rows to others after this
   * @param maxAttempts attempts before a row is FAILED
   * @param firstRetry wait after the first failure; doubles with each failure
   * @param maxRetry the longest wait between two attempts
   */
  record Sender(
      @DefaultValue("30s") Duration interval,
      @DefaultValue("50") int batch,
      @DefaultValue("5m") Duration lease,
      @DefaultValue("8") int maxAttempts,
      @DefaultValue("1m") Duration firstRetry,
      @DefaultValue("6h") Duration maxRetry,
      @DefaultValue("5m") Duration scanInterval) {
  }
}
