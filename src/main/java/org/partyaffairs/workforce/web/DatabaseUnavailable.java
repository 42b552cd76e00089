package org.partyaffairs.workforce.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.partyaffairs.workforce.shared.DatabaseOutage;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached, every request that needs it is answered 503 with a Chinese
 * "try again" (issue 28: it was a 500 with "Unable to rollback against JDBC Connection"), logged as
 * one WARN line, on every API: the engine APIs through {@link EngineRefusals}, the product API
 * through {@link ApiExceptionHandler}, and anything a filter or the webapps meet on the way through
 * this filter, the outermost of the product's. The connection pool gives up after
 * {@code spring.datasource.hikari.connection-timeout} (a few seconds), so the answer comes quickly.
 */
public final class DatabaseUnavailable extends OncePerRequestFilter {

  /** What the caller is told. */
  public static final String MESSAGE = "数据库暂时无法访问，请稍后重试";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      Refusal.send(request, response, HttpStatus.SERVICE_UNAVAILABLE, "ServiceUnavailable", MESSAGE);
    }
  }
}
