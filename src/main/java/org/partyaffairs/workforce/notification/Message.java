package org.partyaffairs.workforce.notification;

/** What a person reads: a subject line and a text, in Chinese. */
record Message(String subject, String body) {

  /** The whole message as one text, as a robot shows it. */
  String asText() {
    return subject + "\n" + body;
  }
}
