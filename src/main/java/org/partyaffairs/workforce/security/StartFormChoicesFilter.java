package org.partyaffairs.workforce.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A start form's Camunda Form is served with the choices of its selects that name a
 * {@link StartFormChoices#valuesKey()} written in as {@code values}, computed for the caller: a town
 * official's 登记旷工 offers the workers of their own town by name instead of asking for an internal
 * number. On the engine REST API and on the webapps' API alike ({@code GET
 * process-definition/…/deployed-start-form}); every other response passes untouched. What is
 * submitted is still checked by the server (the worker must exist and be of the user's town).
 */
class StartFormChoicesFilter extends OncePerRequestFilter {

  private static final Pattern START_FORM = Pattern.compile(
      "process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)/deployed-start-form", Pattern.CASE_INSENSITIVE);

  private final ObjectMapper json;
  private final IdentityService identity;
  private final String engineName;
  private final Map<String, StartFormChoices> choices;

  StartFormChoicesFilter(ObjectMapper json, IdentityService identity, String engineName, List<StartFormChoices> choices) {
    this.json = json;
    this.identity = identity;
    this.engineName = engineName;
    this.choices = choices.stream().collect(Collectors.toMap(StartFormChoices::valuesKey, Function.identity()));
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equalsIgnoreCase(request.getMethod()) || choices.isEmpty() || EngineRequest.of(request)
        .filter(call -> call.api() != EngineRequest.Api.WEBAPP_PLUGIN)
        .map(call -> !START_FORM.matcher(call.resource()).matches()).orElse(true);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication caller = RequestCaller.of(request, identity, engineName);
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    if (caller == null || buffered.getStatus() != HttpServletResponse.SC_OK) {
      buffered.copyBodyToResponse();
      return;
    }
    JsonNode form;
    try {
      form = json.readTree(buffered.getContentAsByteArray());
    } catch (IOException notJson) {
      buffered.copyBodyToResponse(); // an embedded or generated form: not ours to fill
      return;
    }
    if (form == null || !form.isObject() || !fill(form.path("components"), caller)) {
      buffered.copyBodyToResponse();
      return;
    }
    byte[] body = json.writeValueAsBytes(form);
    buffered.resetBuffer();
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** Writes the caller's choices into every select that names a known key; whether any was. */
  private boolean fill(JsonNode components, Authentication caller) {
    boolean filled = false;
    for (JsonNode component : components) {
      StartFormChoices source = choices.get(component.path("valuesKey").asText(""));
      if (source != null && component instanceof ObjectNode select) {
        ArrayNode values = select.putArray("values");
        RequestCaller.actingAs(identity, caller, source::options)
            .forEach(option -> values.addObject().put("label", option.label()).put("value", option.value()));
        select.remove("valuesKey");
        filled = true;
      }
      filled |= fill(component.path("components"), caller);
    }
    return filled;
  }
}
