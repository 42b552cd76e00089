package org.partyaffairs.workforce.process;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * Lists kept as process variables (multi-instance collections, notice entries, select options):
 * stored as JSON in plain ArrayList and LinkedHashMap types, which read back in any later
 * transaction, where immutable {@code List.of}/{@code Map.of} types would not.
 */
public final class JsonVariables {

  private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();

  private JsonVariables() {
  }

  public static ObjectValue list(List<?> values) {
    return Variables.objectValue(PLAIN.convertValue(values, new TypeReference<ArrayList<Object>>() { }))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }
}
