package org.partyaffairs.workforce.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partyaffairs.workforce.web.Refusal;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;

/**
 * The admin webapp's first-run setup ({@code /camunda/api/admin/setup/…}) is closed for good: the
 * application creates its administrator itself ({@link IdentitySetup}), and Camunda 7.24 would let
 * anyone create one, unauthenticated, whenever {@code camunda-admin} has no direct member (reported
 * as CVE-2026-77226).
 */
@Configuration(proxyBeanMethods = false)
class AdminSetupLock {

  @Bean
  FilterRegistrationBean<Filter> adminSetupRefusal() {
    Filter refuse = (request, response, chain) -> Refusal.send((HttpServletRequest) request,
        (HttpServletResponse) response, HttpStatus.FORBIDDEN, "初始设置已关闭：管理员账号由系统创建");
    var registration = new FilterRegistrationBean<>(refuse);
    registration.setName("workforce-admin-setup-lock");
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
