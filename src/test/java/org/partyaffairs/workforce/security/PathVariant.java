package org.partyaffairs.workforce.security;

import java.util.Locale;
import java.util.function.BinaryOperator;

/**
 * The ways one request to the engine's APIs can be spelt (issue 20): every guarded request is also
 * sent in each of these, and must behave as its canonical form — refused alike, or refused as not
 * canonical — never get through. {@link #apply} takes the API's prefix ({@code /engine-rest} or
 * {@code /camunda/api/engine/engine/default}) and a path below it with its query string.
 */
enum PathVariant {
  CANONICAL("canonical", (prefix, path) -> prefix + path),
  TRAILING_SLASH("trailing slash", (prefix, path) -> prefix + pathOf(path) + "/" + queryOf(path)),
  MATRIX_PARAMETER("matrix parameter", (prefix, path) -> prefix + firstSegment(path) + ";x=1" + afterFirstSegment(path)),
  ENGINE_ALIAS("/engine/default alias", (prefix, path) -> prefix.equals("/engine-rest")
      ? "/engine-rest/engine/default" + path : prefix + path),
  DOUBLE_SLASH("double slash", (prefix, path) -> prefix + "/" + path.replaceFirst("(?<=.)/", "//")),
  ENCODED_SLASH("percent-encoded slash", (prefix, path) -> prefix + encodeSecondSlash(path)),
  ENCODED_LETTER("percent-encoded letter", (prefix, path) -> prefix + "/%" + Integer.toHexString(path.charAt(1))
      + path.substring(2)),
  UPPER_CASE("upper-case segment", (prefix, path) -> prefix + firstSegment(path).toUpperCase(Locale.ROOT)
      + afterFirstSegment(path));

  final String label;
  private final BinaryOperator<String> spelling;

  PathVariant(String label, BinaryOperator<String> spelling) {
    this.label = label;
    this.spelling = spelling;
  }

  String apply(String prefix, String path) {
    return spelling.apply(prefix, path);
  }

  /**
   * Variants the engine's router reads as the canonical path, so a legitimate call works in them too
   * (measured: a double slash or an upper-case segment is a 404 of the router, the encoded and
   * matrix forms are refused by {@code CanonicalPathFilter}).
   */
  boolean acceptedForLegitimateCalls() {
    return this == CANONICAL || this == TRAILING_SLASH || this == ENGINE_ALIAS;
  }

  /**
   * Variants the product API ({@code /api}, Spring's router) reads as the canonical path: none but a
   * trailing slash is routed alike, and Spring Boot 3 no longer matches that one either.
   */
  boolean acceptedForApi() {
    return this == CANONICAL;
  }

  private static String pathOf(String path) {
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  private static String queryOf(String path) {
    int query = path.indexOf('?');
    return query < 0 ? "" : path.substring(query);
  }

  /** {@code /task} of {@code /task/4711/claim?x}. */
  private static String firstSegment(String path) {
    String bare = pathOf(path);
    int next = bare.indexOf('/', 1);
    return next < 0 ? bare : bare.substring(0, next);
  }

  private static String afterFirstSegment(String path) {
    return path.substring(firstSegment(path).length());
  }

  private static String encodeSecondSlash(String path) {
    String bare = pathOf(path);
    int second = bare.indexOf('/', 1);
    return second < 0 ? bare + "%2F" + queryOf(path) : bare.substring(0, second) + "%2F" + path.substring(second + 1);
  }
}
