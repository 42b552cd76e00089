package org.partyaffairs.workforce.account;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One try at {@code /account/activate} ({@code account_activation_attempt}), for the rate limits. */
@Entity
@Immutable
@Table(name = "account_activation_attempt")
class ActivationAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String userId;

  private String address;

  private Instant attemptedAt;

  private boolean succeeded;

  protected ActivationAttempt() {
  }

  ActivationAttempt(String userId, String address, Instant attemptedAt, boolean succeeded) {
    this.userId = userId.length() > 64 ? userId.substring(0, 64) : userId;
    this.address = address.length() > 64 ? address.substring(0, 64) : address;
    this.attemptedAt = attemptedAt;
    this.succeeded = succeeded;
  }
}
