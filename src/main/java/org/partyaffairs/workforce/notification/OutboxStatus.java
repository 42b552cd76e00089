package org.partyaffairs.workforce.notification;

/** Where an outbox row stands. */
enum OutboxStatus {
  /** Not sent yet: waiting for its first attempt or for the next after a failure. */
  PENDING,
  /** Delivered: the mail server or the robot accepted it. */
  SENT,
  /** Every attempt failed; {@code last_error} says why. */
  FAILED,
  /** The person has no address on any channel that is on: nothing to send to. */
  NO_ADDRESS
}
