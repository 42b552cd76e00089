package org.partyaffairs.workforce.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The product API reads JSON strictly ({@link JsonProblems#strict}): nesting bounded and nothing
 * after the value ({@code {"score":80} garbage} is a 400). Only the API's converters get the strict
 * copy; the shared mapper is left as it is.
 */
@Configuration(proxyBeanMethods = false)
class ApiJson implements WebMvcConfigurer {

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    for (HttpMessageConverter<?> converter : converters) {
      if (converter instanceof MappingJackson2HttpMessageConverter json) {
        json.setObjectMapper(JsonProblems.strict(json.getObjectMapper().copy()));
      }
    }
  }
}
