package org.partyaffairs.workforce.notification;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox. Each run picks up to {@code sender.batch} pending rows that are due and held by
 * nobody; for each it
 * <ol>
 *   <li>claims the row in a short transaction of its own (a conditional update of its lease: only
 *   one node's update matches, the others' change nothing and skip the row);</li>
 *   <li>sends it outside any transaction (the mail server or the robot may be slow);</li>
 *   <li>marks it SENT, or counts the failure and sets when to try again: {@code first-retry} after
 *   the first failure, doubling, at most {@code max-retry}; FAILED after {@code max-attempts}.
 *   Both updates match only while this node still holds the lease.</li>
 * </ol>
 * A mail server that is down loses nothing (the rows stay PENDING and come back after their wait)
 * and sends nothing twice (a SENT row is never claimed again).
 *
 * <p>The one window of at-least-once: a node that dies, or loses its database, between the server
 * accepting a message (step 2) and the SENT update (step 3) leaves the row PENDING with its lease;
 * once the lease ends ({@code sender.lease}, 5 minutes) another node sends it again. A lease
 * shorter than a send would open the same window, so the lease is far longer than the webhook's
 * timeout and a mail server's usual answer.
 */
@Component
class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  /** This node, as the lease names it. */
  private final String node;
  private final OutboxRepository rows;
  private final ProfileRepository profiles;
  private final Directory directory;
  private final NotificationSwitch notifications;
  private final Mail mail;
  private final Webhooks webhooks;
  private final NotificationProperties.Sender settings;
  private final TransactionTemplate transaction;
  private final Clock clock;

  OutboxSender(OutboxRepository rows, ProfileRepository profiles, Directory directory, NotificationSwitch notifications,
      Mail mail, Webhooks webhooks, NotificationProperties properties, TransactionTemplate transaction, Clock clock) {
    this.rows = rows;
    this.profiles = profiles;
    this.directory = directory;
    this.notifications = notifications;
    this.mail = mail;
    this.webhooks = webhooks;
    this.settings = properties.sender();
    this.transaction = transaction;
    this.clock = clock;
    this.node = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * One run: tries every row that is due, up to a batch; answers how many this node tried (sent,
   * failed or found without address). Zero means nothing was due.
   */
  int sendDue() {
    if (!notifications.isOn()) {
      return 0;
    }
    Instant now = clock.instant();
    List<Long> due = rows.due(now, PageRequest.of(0, settings.batch()));
    int tried = 0;
    for (Long id : due) {
      if (claim(id)) {
        send(id);
        tried++;
      }
    }
    return tried;
  }

  private boolean claim(Long id) {
    Instant now = clock.instant();
    Integer claimed = transaction.execute(status -> rows.claim(id, node, now, now.plus(settings.lease())));
    return claimed != null && claimed == 1;
  }

  private boolean send(Long id) {
    OutboxMessage row = transaction.execute(status -> rows.findById(id).orElse(null));
    if (row == null) {
      return false;
    }
    Optional<Address> address = addressOf(row.getRecipient());
    if (address.isEmpty()) {
      transaction.executeWithoutResult(status -> rows.failed(id, node, OutboxStatus.NO_ADDRESS, null, clock.instant(),
          "收件人未设置邮箱或群机器人地址"));
      LOG.info("Notification {} to {}: no address on a channel that is on", id, row.getRecipient());
      return false;
    }
    try {
      if (address.get().channel() == Channel.MAIL) {
        mail.send(address.get().to(), row.message());
      } else {
        webhooks.post(address.get().to(), row.message().asText());
      }
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      fail(row, address.get().channel(), e);
      return false;
    }
    Integer marked = transaction.execute(status -> rows.sent(id, node, address.get().channel(), clock.instant()));
    if (marked == null || marked == 0) {
      LOG.warn("Notification {} was sent but its lease had ended: another node may send it again", id);
    }
    return true;
  }

  private void fail(OutboxMessage row, Channel channel, Exception e) {
    int attempts = row.getAttempts() + 1;
    boolean last = attempts >= settings.maxAttempts();
    Instant next = clock.instant().plus(backoff(attempts));
    String error = OutboxMessage.clip(e.getClass().getSimpleName() + ": " + e.getMessage(), 500);
    transaction.executeWithoutResult(status -> rows.failed(row.getId(), node,
        last ? OutboxStatus.FAILED : OutboxStatus.PENDING, channel, next, error));
    if (last) {
      LOG.warn("Notification {} to {} failed for good after {} attempts: {}", row.getId(), row.getRecipient(), attempts,
          error);
    } else {
      LOG.info("Notification {} to {} failed (attempt {} of {}), next at {}: {}", row.getId(), row.getRecipient(),
          attempts, settings.maxAttempts(), next, error);
    }
  }

  /** The wait after the n-th failure: first-retry × 2^(n-1), at most max-retry. */
  Duration backoff(int failures) {
    Duration wait = settings.firstRetry();
    for (int i = 1; i < failures && wait.compareTo(settings.maxRetry()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : wait;
  }

  record Address(Channel channel, String to) {
  }

  /**
   * Where the person is reached now: their profile's channel if it is on and they have an address
   * there, else the other channel that is on and where they have one.
   */
  Optional<Address> addressOf(String userId) {
    Optional<Profile> profile = transaction.execute(status -> profiles.findById(userId));
    Optional<Address> byMail = notifications.isOn(Channel.MAIL)
        ? directory.email(userId).map(email -> new Address(Channel.MAIL, email)) : Optional.empty();
    Optional<Address> byWebhook = notifications.isOn(Channel.WEBHOOK)
        ? profile.map(Profile::getWebhookUrl).filter(url -> !url.isBlank()).map(url -> new Address(Channel.WEBHOOK, url))
        : Optional.empty();
    boolean wantsWebhook = profile.map(p -> p.getChannel() == Channel.WEBHOOK).orElse(false);
    return wantsWebhook ? byWebhook.or(() -> byMail) : byMail.or(() -> byWebhook);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      return "node";
    }
  }
}
