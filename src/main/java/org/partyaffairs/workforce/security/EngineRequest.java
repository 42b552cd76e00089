package org.partyaffairs.workforce.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One canonical view of a request to the engine's APIs, for every guard to match on: the engine REST
 * API ({@code /engine-rest/…} and its named-engine alias {@code /engine-rest/engine/{name}/…}), the
 * webapps' engine API ({@code /camunda/api/engine/engine/{name}/…}) and the webapps' plugin APIs
 * ({@code /camunda/api/{app}/…}) all come down to an engine name and a {@link #resource()} such as
 * {@code task/4711/complete}: no leading, trailing or doubled slashes. Guards match its fixed words
 * whatever their case (the router is case-sensitive; a guard that is not can only refuse more).
 *
 * <p>Paths the engine's router would read differently from a guard never get this far:
 * {@link CanonicalPathFilter} refuses matrix parameters, percent-encoding, backslashes and dot
 * segments before any guard runs. What is left, the router and the guards read alike.
 */
record EngineRequest(Api api, String engine, String resource, String method) {

  /** Where a request entered. */
  enum Api {
    /** {@code /engine-rest}, HTTP Basic. */
    REST,
    /** {@code /camunda/api/engine}, the webapps' session. */
    WEBAPP_ENGINE,
    /** {@code /camunda/api/{cockpit|tasklist|admin|welcome}}: the webapps' own plugin APIs. */
    WEBAPP_PLUGIN
  }

  static final String DEFAULT_ENGINE = "default";
  private static final String REST_ROOT = "engine-rest";
  /**
   * The webapps' root segment: {@code camunda}, or {@code operaton} in the Operaton build, whose
   * source mapping rewrites the one spelling {@code /camunda/} (docs/operaton.md).
   */
  static final String WEBAPPS_ROOT = "/camunda/".replace("/", "");

  /** The request's view, or empty when it is not for the engine's APIs. */
  static Optional<EngineRequest> of(HttpServletRequest request) {
    return of(request.getMethod(), pathOf(request));
  }

  static Optional<EngineRequest> of(String method, String path) {
    List<String> segments = segments(path);
    String verb = method.toUpperCase(Locale.ROOT);
    if (segments.isEmpty()) {
      return Optional.empty();
    }
    if (segments.get(0).equalsIgnoreCase(REST_ROOT)) {
      // /engine-rest/engine lists the engines; /engine-rest/engine/{name}/… is the alias of /engine-rest/…
      if (segments.size() >= 3 && segments.get(1).equalsIgnoreCase("engine")) {
        return Optional.of(new EngineRequest(Api.REST, segments.get(2), join(segments, 3), verb));
      }
      return Optional.of(new EngineRequest(Api.REST, DEFAULT_ENGINE, join(segments, 1), verb));
    }
    if (segments.size() >= 3 && segments.get(0).equalsIgnoreCase(WEBAPPS_ROOT) && segments.get(1).equalsIgnoreCase("api")) {
      String app = segments.get(2).toLowerCase(Locale.ROOT);
      if (app.equals("engine")) {
        if (segments.size() >= 5 && segments.get(3).equalsIgnoreCase("engine")) {
          return Optional.of(new EngineRequest(Api.WEBAPP_ENGINE, segments.get(4), join(segments, 5), verb));
        }
        return Optional.of(new EngineRequest(Api.WEBAPP_ENGINE, null, join(segments, 3), verb));
      }
      return Optional.of(new EngineRequest(Api.WEBAPP_PLUGIN, null, app + "/" + join(segments, 3), verb));
    }
    return Optional.empty();
  }

  /** The path inside the application, as the client sent it (undecoded, parameters and all). */
  static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** Segment {@code i} of the resource, e.g. {@code segment(0)} of {@code task/4711/claim} is {@code task}. */
  String segment(int index) {
    String[] parts = resource.split("/");
    return index < parts.length ? parts[index] : "";
  }

  boolean isRead() {
    return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
  }

  private static String join(List<String> segments, int from) {
    return from >= segments.size() ? "" : String.join("/", segments.subList(from, segments.size()));
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }
}
