package org.partyaffairs.workforce.web;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.partyaffairs.workforce.rules.InvalidFactsException;
import org.partyaffairs.workforce.worker.IllegalTransitionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The product API answers refusals as {@code {"message": "..."}} with a status that says why. */
@RestControllerAdvice
class ApiExceptionHandler {

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
    return answer(HttpStatus.NOT_FOUND, e);
  }

  @ExceptionHandler(IllegalTransitionException.class)
  ResponseEntity<Map<String, String>> conflict(IllegalTransitionException e) {
    return answer(HttpStatus.CONFLICT, e);
  }

  /** The engine refused the user (e.g. starting a process their group may not start). */
  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, String>> forbidden(AuthorizationException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", "您无权执行此操作"));
  }

  @ExceptionHandler(InvalidFactsException.class)
  ResponseEntity<Map<String, String>> invalidFacts(InvalidFactsException e) {
    return ResponseEntity.badRequest().body(Map.of("message", e.getMessage(), "field", e.field()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.badRequest().body(Map.of("message", "请求体应为一个 JSON 对象"));
  }

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<Map<String, String>> invalid(InvalidRequestException e) {
    return answer(HttpStatus.BAD_REQUEST, e);
  }

  private static ResponseEntity<Map<String, String>> answer(HttpStatus status, RuntimeException e) {
    return ResponseEntity.status(status).body(Map.of("message", e.getMessage()));
  }
}
