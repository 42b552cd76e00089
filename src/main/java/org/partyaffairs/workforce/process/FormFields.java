package org.partyaffairs.workforce.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a deployed Camunda Form by key, each read-only or not: what a submission of that
 * form may carry. Groups and dynamic lists contribute their nested fields and their {@code path}.
 */
public final class FormFields {

  /** No form at all: nothing may be submitted. */
  public static final FormFields NONE = new FormFields(Map.of());

  private final Map<String, Boolean> readonlyByKey;

  private FormFields(Map<String, Boolean> readonlyByKey) {
    this.readonlyByKey = readonlyByKey;
  }

  public static FormFields parse(InputStream form, ObjectMapper json) {
    try (form) {
      Map<String, Boolean> fields = new LinkedHashMap<>();
      collect(json.readTree(form).path("components"), fields);
      return new FormFields(fields);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable Camunda Form", e);
    }
  }

  private static void collect(JsonNode components, Map<String, Boolean> fields) {
    for (JsonNode component : components) {
      boolean readonly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
      if (component.hasNonNull("key")) {
        fields.put(component.get("key").asText(), readonly);
      }
      if (component.hasNonNull("path")) {
        fields.put(component.get("path").asText(), readonly);
      }
      collect(component.path("components"), fields);
    }
  }

  public boolean has(String key) {
    return readonlyByKey.containsKey(key);
  }

  public boolean isReadonly(String key) {
    return readonlyByKey.getOrDefault(key, false);
  }

  public Set<String> keys() {
    return readonlyByKey.keySet();
  }
}
