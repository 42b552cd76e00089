package org.partyaffairs.workforce.web;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A request the product refuses: bad input, a forbidden town, an illegal change of state. The
 * message is meant for the person who made the request, in Chinese. It is Camunda's form
 * validation exception so that a refusal raised while a task is completed or a process is started
 * reaches Tasklist and the engine REST API as HTTP 400 with this message; the engine rolls the
 * whole transaction back, so nothing is half-written.
 */
public class InvalidRequestException extends FormFieldValidationException {

  public InvalidRequestException(String message) {
    super(null, message);
  }
}
