package org.partyaffairs.workforce.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body on the APIs is larger than {@code workforce.max-request-bytes} (1 MiB unless set;
 * a task query, a form, a list of candidates are far smaller): a larger one is answered 413 before
 * anything reads it. A body that announces its length is judged by it and streamed on untouched;
 * one sent in chunks is read up to the limit first. Responses are never buffered. An upload of a
 * file ({@link #UPLOADS}: a town's filled score sheets) may be up to {@code workforce.max-upload-bytes}
 * (4 MiB unless set; 500 workers' sheets are about 40 KB).
 */
@Configuration(proxyBeanMethods = false)
class RequestBodyLimit {

  static final String MESSAGE = "请求体过大";
  /** The paths that take a file rather than a JSON body. */
  static final Set<String> UPLOADS = Set.of("/api/assessment/score-sheets");

  @Bean
  FilterRegistrationBean<LimitFilter> requestBodyLimitFilter(
      @Value("${workforce.max-request-bytes:1048576}") int maxBytes,
      @Value("${workforce.max-upload-bytes:4194304}") int maxUploadBytes) {
    var registration = new FilterRegistrationBean<>(new LimitFilter(maxBytes, maxUploadBytes));
    registration.setName("workforce-request-body-limit");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*", "/account/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  static final class LimitFilter extends OncePerRequestFilter {

    private final int maxRequestBytes;
    private final int maxUploadBytes;

    LimitFilter(int maxBytes, int maxUploadBytes) {
      this.maxRequestBytes = maxBytes;
      this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      boolean upload = UPLOADS.contains(request.getRequestURI().substring(request.getContextPath().length()));
      int maxBytes = upload ? maxUploadBytes : maxRequestBytes;
      long length = request.getContentLengthLong();
      if (length > maxBytes) {
        refuse(request, response, maxBytes);
        return;
      }
      // A chunked form post stays Tomcat's (its parameters are read from the original stream, and
      // server.tomcat.max-http-form-post-size bounds it), and so does a chunked multipart upload of
      // a file to the product API (Spring has Tomcat parse its parts; spring.servlet.multipart bounds it).
      if (length < 0 && request.getHeader("Transfer-Encoding") != null && !isForm(request)
          && !(upload && isMultipart(request))) {
        byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
          refuse(request, response, maxBytes);
          return;
        }
        chain.doFilter(new ReadBodyRequest(request, body), response);
        return;
      }
      chain.doFilter(request, response);
    }

    private static boolean isForm(HttpServletRequest request) {
      String type = request.getContentType();
      return type != null && type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    private static boolean isMultipart(HttpServletRequest request) {
      String type = request.getContentType();
      return type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int maxBytes)
        throws IOException {
      String message = MESSAGE + "，不能超过 " + (maxBytes >= 1024 * 1024 && maxBytes % (1024 * 1024) == 0
          ? maxBytes / 1024 / 1024 + " MB" : maxBytes >= 1024 ? maxBytes / 1024 + " KB" : maxBytes + " 字节");
      // The product API answers {"message"}; the engine's APIs {"type", "message"} as Camunda does.
      String path = request.getRequestURI().substring(request.getContextPath().length());
      Refusal.send(request, response, HttpStatus.PAYLOAD_TOO_LARGE,
          path.startsWith("/api/") ? null : "InvalidRequest", message);
    }
  }
}
