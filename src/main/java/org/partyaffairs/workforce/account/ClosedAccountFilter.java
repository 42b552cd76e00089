package org.partyaffairs.workforce.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.partyaffairs.workforce.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A webapp session whose user's account was closed (their service ended) ends at its next request
 * to the webapps' APIs: the session is invalidated and the request answered 401, so Tasklist shows
 * its login page, where the replaced password no longer works. (HTTP Basic needs no such filter:
 * it checks the password on every request.)
 */
class ClosedAccountFilter extends OncePerRequestFilter {

  static final String MESSAGE = "账号已停用（工作者已离职），请联系区镇组织部门";

  private final Accounts accounts;

  ClosedAccountFilter(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      for (Authentication authentication : AuthenticationUtil.getAuthsFromSession(session).getAuthentications()) {
        if (authentication.getName() != null && accounts.isClosed(authentication.getName())) {
          request.setAttribute(Refusal.CALLER_ATTRIBUTE, authentication.getName());
          session.invalidate();
          Refusal.send(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", MESSAGE);
          return;
        }
      }
    }
    chain.doFilter(request, response);
  }
}
