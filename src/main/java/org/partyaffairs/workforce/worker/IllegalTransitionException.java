package org.partyaffairs.workforce.worker;

import org.partyaffairs.workforce.web.InvalidRequestException;

/** A change of state the lifecycle does not allow, e.g. a resigned worker resigning again. */
public class IllegalTransitionException extends InvalidRequestException {

  public IllegalTransitionException(String message) {
    super(message);
  }
}
