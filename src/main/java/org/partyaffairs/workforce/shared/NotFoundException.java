package org.partyaffairs.workforce.shared;

/** Something the caller asked for that does not exist, or that belongs to a town they cannot see (HTTP 404). */
public class NotFoundException extends InvalidRequestException {

  public NotFoundException(String message) {
    super(message);
  }
}
