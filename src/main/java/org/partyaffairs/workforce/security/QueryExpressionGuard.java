package org.partyaffairs.workforce.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.partyaffairs.workforce.web.ReadBodyRequest;
import org.partyaffairs.workforce.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Nobody but an administrator has the engine evaluate an expression through a query (reported as
 * CVE-2026-109432): Camunda 7.24 checks {@code enableExpressionsInAdhocQueries} on a task query but
 * not on the queries nested in its {@code orQueries}, and an expression runs with the Spring context
 * at hand. So every request to the engine's APIs (REST under both of its paths, the webapps' engine
 * and plugin APIs; task, filter, history and any other query; GET and POST; list and count) from a
 * user who is not in {@code camunda-admin} is refused with 400 when a query parameter or a JSON key
 * at any depth is named {@code …Expression}. Administrators keep expressions: they create the
 * saved filters, which use {@code ${currentUser()}}. {@link QueryExpressionManager} is the second
 * line: a query's expression cannot reach a bean even if this is ever walked around.
 */
class QueryExpressionGuard extends OncePerRequestFilter {

  private static final String SUFFIX = "expression";

  private final ObjectMapper json;
  private final IdentityService identity;
  private final String engineName;

  QueryExpressionGuard(ObjectMapper json, IdentityService identity, String engineName) {
    this.json = json;
    this.identity = identity;
    this.engineName = engineName;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return EngineRequest.of(request).isEmpty();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication caller = RequestCaller.of(request, identity, engineName);
    if (RequestCaller.isAdministrator(caller)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<String> inQuery = queryParameterNames(request).filter(QueryExpressionGuard::isExpression).findFirst();
    if (inQuery.isPresent()) {
      refuse(request, response, inQuery.get());
      return;
    }
    if (!isJson(request)) {
      // Forms (the webapps' login), multipart (deployments, binary variables): the engine reads no
      // query from them, and reading them here would take the form parameters from the webapps.
      chain.doFilter(request, response);
      return;
    }
    // Bounded already: web.RequestBodyLimit, first on these APIs, refuses a body above 1 MiB.
    byte[] body = request.getInputStream().readAllBytes();
    Optional<String> inBody = body.length == 0 ? Optional.empty() : expressionIn(body);
    if (inBody.isPresent()) {
      refuse(request, response, inBody.get());
      return;
    }
    chain.doFilter(new ReadBodyRequest(request, body), response);
  }

  /** A body the engine may read as JSON: declared so, or not declared at all. */
  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type == null || type.toLowerCase(Locale.ROOT).contains("json");
  }

  /** The names in the query string, decoded as the API decodes them, without touching the body. */
  private static Stream<String> queryParameterNames(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query == null || query.isEmpty()) {
      return Stream.empty();
    }
    return Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2)[0]).map(name -> {
      try {
        return URLDecoder.decode(name, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        return name;
      }
    });
  }

  /** The first key named like an expression at any depth; a body that is not JSON is the API's to refuse. */
  private Optional<String> expressionIn(byte[] body) {
    try {
      return expressionIn(json.readTree(body));
    } catch (JsonProcessingException notJson) {
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
    return name.toLowerCase(Locale.ROOT).endsWith(SUFFIX);
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, String parameter)
      throws IOException {
    Refusal.send(request, response, HttpStatus.BAD_REQUEST,
        "查询中不能使用表达式：" + parameter.replaceAll("[^A-Za-z0-9]", ""));
  }
}
