package org.partyaffairs.workforce.notification;

/** Why a message is sent. */
enum MessageKind {
  /** A task was created for the person or a group they belong to. */
  TASK,
  /** A task of theirs is due soon. */
  REMINDER,
  /** A task of a group they supervise is overdue. */
  ESCALATION,
  /** The day's digest of what waits for them. */
  DIGEST,
  /** The outcome of what they started or submitted. */
  OUTCOME
}
