package org.partyaffairs.workforce.rules;

import org.partyaffairs.workforce.shared.InvalidRequestException;

/** Facts a decision cannot take, naming the field at fault; nothing has been decided or recorded. */
public class InvalidFactsException extends InvalidRequestException {

  public InvalidFactsException(String field, String message) {
    super(field, field + ": " + message);
  }
}
