package org.partyaffairs.workforce.notification;

import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Which channels are on, decided once at start-up and said in one INFO line: mail when Spring Boot
 * made a mail sender ({@code spring.mail.host} is set), the webhook when
 * {@code workforce.notifications.webhook.enabled} is true. With neither, notifications are off: no
 * outbox row is written and nothing is sent.
 */
@Component
class NotificationSwitch {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationSwitch.class);

  private final Set<Channel> channels;

  @Autowired
  NotificationSwitch(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
    this(mail.getIfAvailable() != null, properties.webhook().enabled());
  }

  NotificationSwitch(boolean mail, boolean webhook) {
    Set<Channel> on = EnumSet.noneOf(Channel.class);
    if (mail) {
      on.add(Channel.MAIL);
    }
    if (webhook) {
      on.add(Channel.WEBHOOK);
    }
    this.channels = Set.copyOf(on);
    if (on.isEmpty()) {
      LOG.info("Notifications are off: neither spring.mail.host nor workforce.notifications.webhook.enabled is set, "
          + "so no message is written or sent");
    } else {
      LOG.info("Notifications are on by {}", on);
    }
  }

  boolean isOn() {
    return !channels.isEmpty();
  }

  boolean isOn(Channel channel) {
    return channels.contains(channel);
  }
}
