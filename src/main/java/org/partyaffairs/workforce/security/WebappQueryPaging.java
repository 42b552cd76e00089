package org.partyaffairs.workforce.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine refuses unbounded queries ({@code queryMaxResultsLimit}), but some calls of Camunda's
 * own webapps ask for no page (Tasklist's list of filters): on the webapps' API a query without
 * {@code maxResults} gets the limit as its page, so the webapps keep working and still never read
 * more than the limit. The engine REST API gets no such default: its clients must page.
 */
@Configuration(proxyBeanMethods = false)
class WebappQueryPaging {

  @Bean
  FilterRegistrationBean<Filter> webappDefaultPage(
      @Value("${camunda.bpm.generic-properties.properties.queryMaxResultsLimit}") int limit) {
    Filter page = (request, response, chain) -> {
      HttpServletRequest http = (HttpServletRequest) request;
      chain.doFilter(http.getParameter("maxResults") == null ? withPage(http, limit) : request, response);
    };
    var registration = new FilterRegistrationBean<>(page);
    registration.setName("workforce-webapp-default-page");
    registration.addUrlPatterns("/camunda/api/engine/*");
    return registration;
  }

  private static HttpServletRequest withPage(HttpServletRequest request, int limit) {
    String page = "maxResults=" + limit;
    return new HttpServletRequestWrapper(request) {
      @Override
      public String getQueryString() {
        String query = super.getQueryString();
        return query == null || query.isEmpty() ? page : query + "&" + page;
      }
    };
  }
}
