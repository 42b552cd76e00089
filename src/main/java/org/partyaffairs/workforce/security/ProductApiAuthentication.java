package org.partyaffairs.workforce.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.partyaffairs.workforce.web.Refusal;
import org.springframework.http.HttpStatus;

/**
 * Who calls the product API ({@code /api/*}): HTTP Basic against Camunda's users, as on the engine
 * REST API; or, for the reads of {@link SessionReads} only, the user logged into Tasklist in the
 * same browser (their webapp session, read and never written). Either way the engine's
 * authentication is set for the request with the user's groups and towns read afresh, and cleared
 * after it.
 *
 * <p>A request without credentials that is not such a read is answered 401 with Basic's challenge
 * (so a browser still asks for the password, as the bulk-scoring page needs) and a message in
 * Chinese saying why — also when it comes with a session: a session never writes, and never reads
 * anything but the listed files.
 */
class ProductApiAuthentication extends ProcessEngineAuthenticationFilter {

  static final String NEEDS_PASSWORD = "请以用户名和密码（HTTP Basic）访问此接口；已登录任务办理（Tasklist）的网页"
      + "只可读取工作者档案、备案表、公示名单和半年报告的下载，不能办理其他请求";

  private final ProcessEngine engine;

  ProductApiAuthentication(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) servletRequest;
    HttpServletResponse response = (HttpServletResponse) servletResponse;
    if (request.getHeader("Authorization") != null) {
      super.doFilter(request, response, chain); // HTTP Basic, right or wrong
      return;
    }
    Optional<String> sessionUser = SessionReads.allows(request) ? SessionReads.userOf(request, engine.getName())
        .filter(this::exists) : Optional.empty();
    if (sessionUser.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + engine.getName() + "\"");
      Refusal.send(request, response, HttpStatus.UNAUTHORIZED, null, NEEDS_PASSWORD);
      return;
    }
    String userId = sessionUser.get();
    setAuthenticatedUser(engine, userId, getGroupsOfUser(engine, userId), getTenantsOfUser(engine, userId));
    try {
      chain.doFilter(request, response);
    } finally {
      clearAuthentication(engine);
    }
  }

  /** A user removed since they logged in reads nothing. */
  private boolean exists(String userId) {
    return engine.getIdentityService().createUserQuery().userId(userId).count() > 0;
  }
}
