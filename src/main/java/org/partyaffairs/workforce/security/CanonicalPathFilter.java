package org.partyaffairs.workforce.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.partyaffairs.workforce.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter on the engine REST API, the webapps' APIs and the product API: a path the
 * engine's router and the guards could read differently is refused (400) before anything else
 * looks at it, so that no guard can be walked around with a variant of a path it knows.
 * <ul>
 * <li>matrix parameters ({@code /task;x=1}): the router drops them, a guard comparing paths would not;</li>
 * <li>percent-encoding ({@code /t%61sk}, {@code %2F}): the router decodes, a guard might not, or twice;</li>
 * <li>backslashes and {@code .}/{@code ..} segments: servers disagree on them.</li>
 * </ul>
 * Duplicate and trailing slashes are left: the router ignores them and so does
 * {@link EngineRequest}, through which every guard reads the path. The ids, keys and names in these
 * APIs are plain ASCII ({@code generalResourceWhitelistPattern}), so no real client needs any of the
 * refused forms.
 */
class CanonicalPathFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> problem = problemOf(EngineRequest.pathOf(request));
    if (problem.isPresent()) {
      Refusal.send(request, response, HttpStatus.BAD_REQUEST, "请求路径不规范（" + problem.get() + "），请使用标准路径");
      return;
    }
    chain.doFilter(request, response);
  }

  static Optional<String> problemOf(String path) {
    if (path.indexOf(';') >= 0) {
      return Optional.of("不接受路径参数 ;");
    }
    if (path.indexOf('%') >= 0) {
      return Optional.of("不接受百分号编码");
    }
    if (path.indexOf('\\') >= 0) {
      return Optional.of("不接受反斜杠");
    }
    for (String segment : path.split("/")) {
      if (segment.equals(".") || segment.equals("..")) {
        return Optional.of("不接受 . 或 .. 路径段");
      }
    }
    return Optional.empty();
  }
}
