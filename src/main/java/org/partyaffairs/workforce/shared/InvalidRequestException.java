package org.partyaffairs.workforce.shared;

/**
 * A request the product refuses: bad input, a forbidden town, an illegal change of state. The
 * message is meant for the person who made the request, in Chinese. Thrown anywhere (an entity, a
 * service, a listener or delegate inside the engine); the engine rolls the whole transaction back,
 * so nothing is half-written, and the web layer ({@code web.ApiExceptionHandler} for the product
 * API, {@code web.EngineRefusals} for the engine REST API and Tasklist) answers it as HTTP 400 with
 * this message, 404 for {@link NotFoundException} and 409 for {@link IllegalTransitionException}.
 *
 * <p>Part of the shared kernel: it depends on nothing, and every capability points down to it.
 */
public class InvalidRequestException extends RuntimeException {

  private final String field;

  public InvalidRequestException(String message) {
    this(null, message);
  }

  /** A refusal of one field's value: the answer names the field beside the message. */
  protected InvalidRequestException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The field at fault, or null when the refusal is not about one field. */
  public String field() {
    return field;
  }
}
