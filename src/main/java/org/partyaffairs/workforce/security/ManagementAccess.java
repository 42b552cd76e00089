package org.partyaffairs.workforce.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.partyaffairs.workforce.web.Refusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The actuator's endpoints beyond health and info (metrics, Prometheus) tell how much work each
 * town has and how the engine fares: administrators only ({@value Groups#ADMINS}), by HTTP Basic
 * against Camunda's users, the password check going through the login locks. Health and info stay
 * open for the load balancer's and the orchestrator's probes. The path is read in its canonical
 * form (after {@link CanonicalPathFilter}: duplicate and trailing slashes folded), so
 * {@code //actuator//prometheus/} is the Prometheus endpoint here as it is to Spring's router.
 */
class ManagementAccess extends OncePerRequestFilter {

  private static final Pattern OPEN = Pattern.compile("/actuator/(health(/[A-Za-z0-9-]+)*|info)");
  private static final String BASIC = "Basic ";

  private final IdentityService identity;

  ManagementAccess(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (OPEN.matcher(canonical(EngineRequest.pathOf(request))).matches()) {
      chain.doFilter(request, response);
      return;
    }
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    String[] credentials = authorization != null && authorization.startsWith(BASIC)
        ? decode(authorization.substring(BASIC.length())) : null;
    if (credentials == null || !identity.checkPassword(credentials[0], credentials[1])) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"workforce-management\", charset=\"UTF-8\"");
      Refusal.send(request, response, HttpStatus.UNAUTHORIZED, null, "运行指标仅供系统管理员读取，请使用管理员账号登录");
      return;
    }
    if (identity.createGroupQuery().groupMember(credentials[0]).groupId(Groups.ADMINS).count() == 0) {
      request.setAttribute(Refusal.CALLER_ATTRIBUTE, credentials[0]);
      Refusal.send(request, response, HttpStatus.FORBIDDEN, null, "运行指标仅供系统管理员读取");
      return;
    }
    chain.doFilter(request, response);
  }

  /** The path with runs of slashes folded into one and no trailing slash. */
  static String canonical(String path) {
    String folded = path.replaceAll("/{2,}", "/");
    return folded.length() > 1 && folded.endsWith("/") ? folded.substring(0, folded.length() - 1) : folded;
  }

  private static String[] decode(String encoded) {
    try {
      String plain = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
      int colon = plain.indexOf(':');
      return colon <= 0 ? null : new String[] {plain.substring(0, colon), plain.substring(colon + 1)};
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }
}
