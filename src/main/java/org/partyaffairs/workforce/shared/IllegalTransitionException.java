package org.partyaffairs.workforce.shared;

/**
 * A change of state the lifecycle does not allow, e.g. a resigned worker resigning again: a
 * conflict with the current state (HTTP 409).
 */
public class IllegalTransitionException extends InvalidRequestException {

  public IllegalTransitionException(String message) {
    super(message);
  }
}
