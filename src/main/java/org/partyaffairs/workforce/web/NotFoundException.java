package org.partyaffairs.workforce.web;

/** Something the caller asked for that does not exist, or that belongs to a town they cannot see. */
public class NotFoundException extends InvalidRequestException {

  public NotFoundException(String message) {
    super(message);
  }
}
