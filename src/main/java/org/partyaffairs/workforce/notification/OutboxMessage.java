package org.partyaffairs.workforce.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One message to one person in the outbox ({@code notification_outbox}). Written PENDING in the
 * transaction that gave the reason for it; the sender claims it with a lease, sends it and marks it
 * SENT, or counts the failure and waits (doubling each time) until the last attempt makes it FAILED.
 * The claim and the outcome are conditional updates of {@link OutboxRepository}: whoever does not
 * hold the lease changes nothing.
 */
@Entity
@Table(name = "notification_outbox")
class OutboxMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private MessageKind kind;

  private String recipient;

  private String subject;

  private String body;

  private String taskId;

  private String dedupKey;

  @Enumerated(EnumType.STRING)
  private OutboxStatus status;

  private int attempts;

  private Instant nextAttemptAt;

  private String leaseOwner;

  private Instant leaseUntil;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  private String lastError;

  private Instant createdAt;

  private Instant sentAt;

  protected OutboxMessage() {
  }

  OutboxMessage(MessageKind kind, String recipient, Message message, String taskId, String dedupKey, Instant now) {
    this.kind = Objects.requireNonNull(kind);
    this.recipient = Objects.requireNonNull(recipient);
    this.subject = clip(message.subject(), 200);
    this.body = clip(message.body(), 4000);
    this.taskId = taskId;
    this.dedupKey = clip(Objects.requireNonNull(dedupKey), 200);
    this.status = OutboxStatus.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  Long getId() {
    return id;
  }

  MessageKind getKind() {
    return kind;
  }

  String getRecipient() {
    return recipient;
  }

  String getSubject() {
    return subject;
  }

  String getBody() {
    return body;
  }

  String getTaskId() {
    return taskId;
  }

  String getDedupKey() {
    return dedupKey;
  }

  OutboxStatus getStatus() {
    return status;
  }

  int getAttempts() {
    return attempts;
  }

  Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  Channel getChannel() {
    return channel;
  }

  String getLastError() {
    return lastError;
  }

  Instant getSentAt() {
    return sentAt;
  }

  Message message() {
    return new Message(subject, body);
  }
}
