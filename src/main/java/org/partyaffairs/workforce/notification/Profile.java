package org.partyaffairs.workforce.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How a person wants to be told ({@code notification_profile}): by mail to their Camunda user's
 * e-mail, or by a group robot's webhook. The URL is checked before it is kept ({@link Webhooks#check}).
 */
@Entity
@Table(name = "notification_profile")
class Profile {

  @Id
  private String userId;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  private String webhookUrl;

  private String updatedBy;

  private Instant updatedAt;

  protected Profile() {
  }

  Profile(String userId) {
    this.userId = userId;
    this.channel = Channel.MAIL;
  }

  void set(Channel channel, String webhookUrl, String by, Instant at) {
    this.channel = channel;
    this.webhookUrl = webhookUrl;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  String getUserId() {
    return userId;
  }

  Channel getChannel() {
    return channel;
  }

  String getWebhookUrl() {
    return webhookUrl;
  }
}
