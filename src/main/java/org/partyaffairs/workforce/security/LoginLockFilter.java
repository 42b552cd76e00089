package org.partyaffairs.workforce.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.partyaffairs.workforce.web.ReadBodyRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login while its account or its client address is locked ({@link LoginLocks}), before
 * the password is looked at: 429 with {@code Retry-After} and a message in Chinese saying until
 * when, and one WARN line. It sees the logins that carry credentials: HTTP Basic on
 * {@code /engine-rest} and {@code /api}, and the webapps' login form
 * ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}, whose page shows the message).
 * Anything else passes on; the engine's password check refuses a locked login on any other route
 * as well ({@link LockingIdentityProvider}).
 */
class LoginLockFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(LoginLocks.class);
  /** Camunda's HttpBasicAuthenticationProvider looks for exactly this prefix. */
  private static final String BASIC = "Basic ";
  private static final String WEBAPP_AUTH = "/camunda/api/admin/auth/";
  /** A login form is a few dozen bytes; a bigger or unsized body passes on to the engine's check. */
  private static final int MAX_FORM = 16 * 1024;

  private final LoginLocks locks;
  private final ObjectMapper json;

  LoginLockFilter(LoginLocks locks, ObjectMapper json) {
    this.locks = locks;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    HttpServletRequest passed = request;
    String user;
    String way;
    if (!path.startsWith("/camunda/") && authorization != null && authorization.startsWith(BASIC)) {
      user = basicUser(authorization.substring(BASIC.length()));
      way = "HTTP Basic";
    } else if (path.startsWith(WEBAPP_AUTH) && "POST".equals(request.getMethod()) && isForm(request)
        && request.getContentLengthLong() >= 0 && request.getContentLengthLong() <= MAX_FORM) {
      ReadBodyRequest body = new ReadBodyRequest(request);
      passed = body;
      user = formField(body.body(), "username", charset(request));
      way = "webapp login";
    } else {
      chain.doFilter(request, response);
      return;
    }
    locks.forgetOldFailures();
    String address = LoginLocks.clientAddress(request);
    Instant now = locks.now();
    Optional<LoginLocks.Lock> lock = locks.rows(user, address).inForce(now);
    if (lock.isEmpty()) {
      chain.doFilter(passed, response);
      return;
    }
    LOG.warn("Login refused ({} {}): {} {} locked until {} (lock {} in a row); user {} from {}", way,
        request.getMethod(), lock.get().kind().name().toLowerCase(), LoginLocks.printable(lock.get().name()),
        lock.get().until().atZone(locks.zone()).toOffsetDateTime(), lock.get().lockNumber(), LoginLocks.printable(user),
        LoginLocks.printable(address));
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(lock.get().secondsLeft(now)));
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json.writeValueAsString(Map.of("message", lock.get().message(now, locks.zone()))));
  }

  /** The user name of Basic credentials, decoded as Camunda decodes it (the platform's charset). */
  private static String basicUser(String encoded) {
    String credentials;
    try {
      credentials = new String(Base64.getMimeDecoder().decode(encoded.strip()), Charset.defaultCharset());
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
    int colon = credentials.indexOf(':');
    return colon < 0 ? null : credentials.substring(0, colon);
  }

  private static boolean isForm(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
  }

  private static Charset charset(HttpServletRequest request) {
    try {
      return request.getCharacterEncoding() == null ? StandardCharsets.UTF_8
          : Charset.forName(request.getCharacterEncoding());
    } catch (IllegalArgumentException unknown) {
      return StandardCharsets.UTF_8;
    }
  }

  private static String formField(byte[] body, String name, Charset charset) {
    for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (key.equals(name)) {
        try {
          return URLDecoder.decode(equals < 0 ? "" : pair.substring(equals + 1), charset);
        } catch (IllegalArgumentException malformed) {
          return null;
        }
      }
    }
    return null;
  }
}
