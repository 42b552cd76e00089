package org.partyaffairs.workforce.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How a refusal is told: every 4xx the application answers is logged here as one WARN line (method,
 * path, status, the message the caller got; no stack trace), and no message it sends names a Java
 * class.
 */
public final class Refusals {

  private static final Logger log = LoggerFactory.getLogger(Refusals.class);

  /** A fully qualified Java name ({@code java.lang.Integer}, {@code org.camunda.…Dto}) or an exception's name. */
  private static final Pattern JAVA_NAME = Pattern.compile(
      "\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*|\\b[A-Z][A-Za-z0-9]*(Exception|Error|Dto)\\b");

  private Refusals() {
  }

  /** One WARN line for a refused request: where it went, the status and what the caller was told. */
  public static void log(int status, String message) {
    log(currentRequest(), status, message);
  }

  /** The same, for a filter that runs before the request is bound to the thread. */
  public static void log(HttpServletRequest request, int status, String message) {
    String where = request == null ? "" : request.getMethod() + " " + request.getRequestURI() + " ";
    String user = userId().map(id -> " (" + id + ")").orElse("");
    log.warn("Refused {}{}: {}{}", oneLine(where), status, oneLine(message), oneLine(user));
  }

  /** Whether a text names a Java class or an exception type, and so may not be shown to a caller. */
  public static boolean namesJavaClass(String text) {
    return text != null && JAVA_NAME.matcher(text).find();
  }

  /** Request content in a log line stays on its line. */
  static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ");
  }

  /** The user the engine authenticated for this request, if any (REST filter or webapp session). */
  private static Optional<String> userId() {
    ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
    Authentication authentication = engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
    return Optional.ofNullable(authentication).map(Authentication::getUserId);
  }

  private static HttpServletRequest currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        ? attributes.getRequest() : null;
  }
}
