package org.partyaffairs.workforce.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No expression reaches the engine through a task query (reported as CVE-2026-109432): Camunda
 * 7.24 checks {@code enableExpressionsInAdhocQueries} on the query itself but not on the queries
 * nested in {@code orQueries}, so a logged-in user could have any bean called. This refuses with
 * 400, before the engine sees it, every parameter named {@code …Expression} — in the query string
 * or anywhere in the JSON body, nested queries included — of the task and filter queries of the
 * engine REST API and of the webapps' own engine API. Saved filters keep their expressions (only
 * administrators may create filters); a query sent to run one may not add any.
 */
class TaskQueryExpressionGuard extends OncePerRequestFilter {

  private static final Pattern TASK_QUERY = Pattern.compile(
      "^(/engine-rest|/camunda/api/engine/engine/[^/]+)/(task|task/count|filter/[^/]+/(list|count|singleResult))$");
  private static final String SUFFIX = "expression";
  /** Task queries are small; anything larger is not one. */
  private static final int MAX_BODY = 1 << 20;

  private final ObjectMapper json;

  TaskQueryExpressionGuard(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !TASK_QUERY.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> inQuery = request.getParameterMap().keySet().stream().filter(TaskQueryExpressionGuard::isExpression)
        .findFirst();
    if (inQuery.isPresent()) {
      refuse(response, HttpStatus.BAD_REQUEST, inQuery.get());
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, null);
      return;
    }
    Optional<String> inBody = body.length == 0 ? Optional.empty() : expressionIn(body);
    if (inBody.isPresent()) {
      refuse(response, HttpStatus.BAD_REQUEST, inBody.get());
      return;
    }
    chain.doFilter(new ReadAgain(request, body), response);
  }

  /** The first key named like an expression at any depth; a body that is not JSON is the engine's to refuse. */
  private Optional<String> expressionIn(byte[] body) {
    try {
      return expressionIn(json.readTree(body));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<String> expressionIn(JsonNode node) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (isExpression(field.getKey())) {
          return Optional.of(field.getKey());
        }
        Optional<String> nested = expressionIn(field.getValue());
        if (nested.isPresent()) {
          return nested;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        Optional<String> nested = expressionIn(element);
        if (nested.isPresent()) {
          return nested;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isExpression(String name) {
    return name.toLowerCase().endsWith(SUFFIX);
  }

  private static void refuse(HttpServletResponse response, HttpStatus status, String parameter) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(parameter == null
        ? "{\"type\":\"InvalidRequestException\",\"message\":\"Query body too large\"}"
        : "{\"type\":\"InvalidRequestException\",\"message\":\"Expressions are not allowed in task queries: "
            + parameter.replaceAll("[^A-Za-z0-9]", "") + "\"}");
  }

  /** The request with its body, already read here, readable again by the engine. */
  private static final class ReadAgain extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadAgain(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
