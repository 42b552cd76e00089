package org.partyaffairs.workforce.notice;

import org.partyaffairs.workforce.shared.IllegalTransitionException;

/** An objection to a notice whose period is over: refused as a conflict (HTTP 409). */
public class NoticeClosedException extends IllegalTransitionException {

  public NoticeClosedException(String message) {
    super(message);
  }
}
