package org.partyaffairs.workforce.notification;

import java.time.Clock;
import java.util.Collection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes messages into the outbox, in the caller's transaction: a task's message commits with the
 * task, an outcome's with the decision. Nothing is written while notifications are off. Each
 * message is written once per person (its dedup key), so a step that runs again (a retried job, a
 * second scan) writes nothing new.
 */
@Component
class Outbox {

  private final OutboxRepository rows;
  private final NotificationSwitch notifications;
  private final Clock clock;

  Outbox(OutboxRepository rows, NotificationSwitch notifications, Clock clock) {
    this.rows = rows;
    this.notifications = notifications;
    this.clock = clock;
  }

  /**
   * @param key what the message is about, e.g. {@code TASK:<task id>}; with the person, its dedup key
   * @return how many rows were written
   */
  @Transactional
  int write(MessageKind kind, String key, Collection<String> recipients, Message message, String taskId) {
    if (!notifications.isOn()) {
      return 0;
    }
    int written = 0;
    for (String recipient : recipients) {
      String dedupKey = key + ":" + recipient;
      if (!rows.existsByDedupKey(dedupKey)) {
        rows.save(new OutboxMessage(kind, recipient, message, taskId, dedupKey, clock.instant()));
        written++;
      }
    }
    return written;
  }
}
