package org.partyaffairs.workforce.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * How a guard refuses a request: a 4xx with a Chinese sentence in the engine REST API's shape
 * ({@code {"type": …, "message": …}}, which the webapps show), and one WARN line in the log saying
 * who was refused what and why. The type is a word of ours, never a Java class name.
 */
final class Refusal {

  private static final Logger LOG = LoggerFactory.getLogger(Refusal.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private Refusal() {
  }

  static void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
      throws IOException {
    String user = request.getUserPrincipal() != null ? request.getUserPrincipal().getName() : caller(request);
    LOG.warn("Refused {} {} {} for {} from {}: {}", status.value(), request.getMethod(), oneLine(request.getRequestURI()),
        user, request.getRemoteAddr(), message);
    response.resetBuffer();
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body(status, message));
  }

  static String body(HttpStatus status, String message) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", switch (status) {
      case FORBIDDEN -> "Forbidden";
      case NOT_FOUND -> "NotFound";
      case CONFLICT -> "Conflict";
      case PAYLOAD_TOO_LARGE -> "TooLarge";
      default -> "InvalidRequest";
    });
    body.put("message", message);
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The caller as the guards know it, for the log only. */
  private static String caller(HttpServletRequest request) {
    Object user = request.getAttribute(CALLER_ATTRIBUTE);
    return user == null ? "anonymous" : user.toString();
  }

  /** Guards that resolved the caller leave its id here for the log line. */
  static final String CALLER_ATTRIBUTE = Refusal.class.getName() + ".caller";

  /** A path in a log line stays on its line, however it was crafted. */
  private static String oneLine(String text) {
    String clean = text.replaceAll("[\\r\\n\\t]", "_");
    return clean.length() > 300 ? clean.substring(0, 300) + "…" : clean;
  }
}
