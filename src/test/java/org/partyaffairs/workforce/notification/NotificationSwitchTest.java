package org.partyaffairs.workforce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Nothing configured, nothing sent (issue 25 item 2): one INFO line says so at start-up. */
@ExtendWith(OutputCaptureExtension.class)
class NotificationSwitchTest {

  @Test
  void withNeitherMailNorWebhookNotificationsAreOffAndOneLineSaysSo(CapturedOutput output) {
    NotificationSwitch off = new NotificationSwitch(false, false);

    assertThat(off.isOn()).isFalse();
    assertThat(output.getOut().lines().filter(line -> line.contains("Notifications are off"))).singleElement()
        .satisfies(line -> assertThat(line).contains("INFO", "spring.mail.host", "workforce.notifications.webhook.enabled"));
  }

  @Test
  void whenOffTheOutboxWritesNothingAndTheSenderSendsNothing() {
    NotificationSwitch off = new NotificationSwitch(false, false);
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);
    // Repositories that fail if touched: off means not even a look at the tables.
    Outbox outbox = new Outbox(null, off, clock);

    assertThat(outbox.write(MessageKind.TASK, "TASK:1", List.of("kfq-org"), new Message("s", "b"), "1")).isZero();
    OutboxSender sender = new OutboxSender(null, null, null, off, null, null, properties(), null, clock);
    assertThat(sender.sendDue()).isZero();
  }

  @Test
  void mailAloneOrTheWebhookAloneTurnsThemOn(CapturedOutput output) {
    assertThat(new NotificationSwitch(true, false).isOn(Channel.MAIL)).isTrue();
    assertThat(new NotificationSwitch(false, true).isOn(Channel.MAIL)).isFalse();
    assertThat(new NotificationSwitch(false, true).isOn(Channel.WEBHOOK)).isTrue();
    assertThat(output.getOut()).contains("Notifications are on by [MAIL]", "Notifications are on by [WEBHOOK]");
  }

  static NotificationProperties properties() {
    return new NotificationProperties("http://localhost:8080", "noreply@localhost",
        new NotificationProperties.Webhook(false, List.of(), java.time.Duration.ofSeconds(10)),
        new NotificationProperties.Sender(java.time.Duration.ofSeconds(30), 50, java.time.Duration.ofMinutes(5), 8,
            java.time.Duration.ofMinutes(1), java.time.Duration.ofHours(6), java.time.Duration.ofMinutes(5)),
        java.time.LocalTime.of(8, 30), 1, false);
  }
}
