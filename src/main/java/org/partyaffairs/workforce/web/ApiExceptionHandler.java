package org.partyaffairs.workforce.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.ServletException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.partyaffairs.workforce.shared.DatabaseOutage;
import org.partyaffairs.workforce.shared.IllegalTransitionException;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The product API answers refusals as {@code {"message": "..."}} with a status that says why: a
 * Chinese sentence that names no Java class, logged as one WARN line.
 */
@RestControllerAdvice
class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
    return answer(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(IllegalTransitionException.class)
  ResponseEntity<Map<String, String>> conflict(IllegalTransitionException e) {
    return answer(HttpStatus.CONFLICT, e.getMessage());
  }

  /** The engine refused the user (e.g. starting a process their group may not start). */
  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, String>> forbidden(AuthorizationException e) {
    return answer(HttpStatus.FORBIDDEN, "您无权执行此操作");
  }

  /** Any other refusal of ours; one about a single field (facts a decision cannot take) names it. */
  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<Map<String, String>> invalid(InvalidRequestException e) {
    if (e.field() == null) {
      return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    Map<String, String> body = new LinkedHashMap<>();
    body.put("message", e.getMessage());
    body.put("field", e.field());
    Refusal.log(HttpStatus.BAD_REQUEST.value(), e.getMessage());
    return ResponseEntity.badRequest().body(body);
  }

  /**
   * A refusal of ours raised inside the engine (a listener, a delegate) may reach us wrapped, e.g.
   * "Exception while invoking TaskListener": answered as the refusal itself. Anything else from the
   * engine is a fault of the server.
   */
  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<Map<String, String>> engine(ProcessEngineException e) {
    InvalidRequestException refusal = EngineRefusals.refusalIn(e);
    if (refusal != null && refusal.field() != null) {
      return invalid(refusal);
    }
    if (refusal != null) {
      return answer(EngineRefusals.apiStatus(refusal), refusal.getMessage());
    }
    return unavailableOrServerFault(e);
  }

  /** The database out of reach (the pool gave up, a transaction could not begin or end): 503, try again. */
  @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
      TransactionSystemException.class})
  ResponseEntity<Map<String, String>> database(RuntimeException e) {
    return unavailableOrServerFault(e);
  }

  /** The database out of reach: 503, try again; anything else a fault of the server, logged with its trace. */
  private ResponseEntity<Map<String, String>> unavailableOrServerFault(RuntimeException e) {
    if (DatabaseOutage.causedBy(e)) {
      return answer(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE);
    }
    log.error("{} {}", e.getClass().getSimpleName(), e.getMessage(), e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Map.of("message", "服务器内部错误，请稍后再试"));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    return answer(HttpStatus.BAD_REQUEST, e.getCause() instanceof JsonProcessingException json
        ? JsonProblems.describe(json) : "请求体应为一个 JSON 对象");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, String>> wrongParameter(MethodArgumentTypeMismatchException e) {
    return answer(HttpStatus.BAD_REQUEST, "参数「" + e.getName() + "」的值「" + e.getValue() + "」不对"
        + (e.getRequiredType() == null ? "" : "，" + expected(e.getRequiredType())));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Map<String, String>> missingParameter(MissingServletRequestParameterException e) {
    return answer(HttpStatus.BAD_REQUEST, "缺少参数「" + e.getParameterName() + "」");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Map<String, String>> wrongMethod(HttpRequestMethodNotSupportedException e) {
    return answer(HttpStatus.METHOD_NOT_ALLOWED, "此地址不接受 " + e.getMethod() + " 请求");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, String>> wrongContentType(HttpMediaTypeNotSupportedException e) {
    return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "此地址不接受这种类型的请求体"
        + (e.getContentType() == null ? "" : "（" + e.getContentType() + "）"));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<Map<String, String>> noSuchPath(NoResourceFoundException e) {
    return answer(HttpStatus.NOT_FOUND, "没有这个地址");
  }

  /** The rest of Spring's own refusals (binding, validation, negotiation): their status, a Chinese sentence. */
  @ExceptionHandler({ServletException.class, TypeMismatchException.class, BindException.class,
      ResponseStatusException.class})
  ResponseEntity<Map<String, String>> otherwise(Exception e) throws Exception {
    HttpStatusCode status = e instanceof ErrorResponse response ? response.getStatusCode()
        : HttpStatus.BAD_REQUEST;
    if (status.is5xxServerError()) {
      throw e;
    }
    return answer(status, status.value() == HttpStatus.NOT_FOUND.value() ? "没有这个地址" : "请求无效");
  }

  private static String expected(Class<?> type) {
    if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
      return "应为整数";
    }
    return type.isEnum() ? "应为可选的值之一" : "格式不对";
  }

  private static ResponseEntity<Map<String, String>> answer(HttpStatusCode status, String message) {
    Refusal.log(status.value(), message);
    return ResponseEntity.status(status).body(Map.of("message", message));
  }
}
