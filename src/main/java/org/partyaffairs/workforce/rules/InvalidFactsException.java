package org.partyaffairs.workforce.rules;

import org.partyaffairs.workforce.web.InvalidRequestException;

/** Facts a decision cannot take, naming the field at fault; nothing has been decided or recorded. */
public class InvalidFactsException extends InvalidRequestException {

  private final String field;

  public InvalidFactsException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
