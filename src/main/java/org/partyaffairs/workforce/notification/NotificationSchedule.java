package org.partyaffairs.workforce.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The job: every node sends the outbox every {@code sender.interval} (the leases keep two nodes off
 * one row) and scans for reminders, escalations and the digest every {@code sender.scan-interval}.
 * Off with {@code workforce.notifications.scheduler=false} (the tests drive {@link OutboxSender}
 * and {@link Scans} themselves). A run's failure is logged and the next run tries again.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "workforce.notifications.scheduler", havingValue = "true", matchIfMissing = true)
class NotificationSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationSchedule.class);

  private final OutboxSender sender;
  private final Scans scans;
  private final NotificationSwitch notifications;

  NotificationSchedule(OutboxSender sender, Scans scans, NotificationSwitch notifications) {
    this.sender = sender;
    this.scans = scans;
    this.notifications = notifications;
  }

  @Scheduled(initialDelayString = "${workforce.notifications.sender.interval:30s}",
      fixedDelayString = "${workforce.notifications.sender.interval:30s}")
  void send() {
    if (!notifications.isOn()) {
      return;
    }
    try {
      while (sender.sendDue() > 0) {
        // until nothing is due
      }
    } catch (RuntimeException e) {
      LOG.warn("Sending notifications failed, next run tries again: {}", e.toString());
    }
  }

  @Scheduled(initialDelayString = "${workforce.notifications.sender.scan-interval:5m}",
      fixedDelayString = "${workforce.notifications.sender.scan-interval:5m}")
  void scan() {
    if (!notifications.isOn()) {
      return;
    }
    try {
      int reminded = scans.remind();
      int escalated = scans.escalate();
      int digests = scans.digest();
      if (reminded + escalated + digests > 0) {
        LOG.info("Notifications: {} tasks reminded of, {} escalated, {} digests", reminded, escalated, digests);
      }
    } catch (RuntimeException e) {
      LOG.warn("Scanning for reminders, escalations and digests failed, next run tries again: {}", e.toString());
    }
  }
}
