package org.partyaffairs.workforce.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How a refusal is told, the one writer of them all: every 4xx the application answers is logged
 * here as one WARN line (method, path, status, the message the caller got, who asked; no stack
 * trace), and no message it sends names a Java class. The product API's exception handler
 * ({@link ApiExceptionHandler}) and the engine APIs' providers ({@link EngineRefusals}) log through
 * {@link #log}; a servlet filter that refuses before any API is reached (the guards of
 * {@code security}, {@link RequestBodyLimit}) answers through {@link #send}, in the engine REST
 * API's shape ({@code {"type": …, "message": …}}, which the webapps show), the type a word of ours.
 */
public final class Refusal {

  private static final Logger log = LoggerFactory.getLogger(Refusal.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Guards that resolved the caller leave its id here for the log line. */
  public static final String CALLER_ATTRIBUTE = Refusal.class.getName() + ".caller";

  /** A fully qualified Java name ({@code java.lang.Integer}, {@code org.camunda.…Dto}) or an exception's name. */
  private static final Pattern JAVA_NAME = Pattern.compile(
      "\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*|\\b[A-Z][A-Za-z0-9]*(Exception|Error|Dto)\\b");

  private Refusal() {
  }

  /** One WARN line for a refused request: where it went, the status and what the caller was told. */
  public static void log(int status, String message) {
    log(currentRequest(), status, message);
  }

  /** The same, for a filter that runs before the request is bound to the thread. */
  public static void log(HttpServletRequest request, int status, String message) {
    String where = request == null ? "" : request.getMethod() + " " + path(request) + " ";
    String user = userId(request).map(id -> " (" + id + (request == null ? "" : " from " + request.getRemoteAddr()) + ")")
        .orElse("");
    log.warn("Refused {}{}: {}{}", oneLine(where), status, oneLine(message), oneLine(user));
  }

  /** A filter's refusal: logged, and answered {@code {"type": …, "message": …}} with a word of ours as the type. */
  public static void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
      throws IOException {
    send(request, response, status, switch (status) {
      case FORBIDDEN -> "Forbidden";
      case NOT_FOUND -> "NotFound";
      case CONFLICT -> "Conflict";
      case PAYLOAD_TOO_LARGE -> "TooLarge";
      default -> "InvalidRequest";
    }, message);
  }

  /** The same with the type given; without one (null) the body is the product API's {@code {"message": …}}. */
  public static void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
      String message) throws IOException {
    log(request, status.value(), message);
    response.resetBuffer();
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body(type, message));
  }

  /** The body of a refusal, for the engine APIs ({@code type} and {@code message}) or the product API (message only). */
  static String body(String type, String message) {
    Map<String, String> body = new LinkedHashMap<>();
    if (type != null) {
      body.put("type", type);
    }
    body.put("message", message);
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether a text names a Java class or an exception type, and so may not be shown to a caller. */
  public static boolean namesJavaClass(String text) {
    return text != null && JAVA_NAME.matcher(text).find();
  }

  /** Request content in a log line stays on its line. */
  static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ");
  }

  /** A path in a log line stays short, however it was crafted. */
  private static String path(HttpServletRequest request) {
    String path = request.getRequestURI();
    return path.length() > 300 ? path.substring(0, 300) + "…" : path;
  }

  /**
   * The user the request is for, if known: the one the engine authenticated for this request (REST
   * filter or webapp session), else the principal, else the one a guard resolved.
   */
  private static Optional<String> userId(HttpServletRequest request) {
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
    Authentication authentication = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
    if (authentication != null) {
      return Optional.ofNullable(authentication.getUserId());
    }
    if (request == null) {
      return Optional.empty();
    }
    if (request.getUserPrincipal() != null) {
      return Optional.of(request.getUserPrincipal().getName());
    }
    return Optional.ofNullable(request.getAttribute(CALLER_ATTRIBUTE)).map(Object::toString);
  }

  private static HttpServletRequest currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        ? attributes.getRequest() : null;
  }
}
