package org.partyaffairs.workforce.persistence;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.variable.serializer.AbstractObjectValueSerializer;
import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;
import org.springframework.stereotype.Component;

/**
 * Object variables as JSON ({@code default-serialization-format: application/json}) where Spin's
 * Jackson data format is missing, as on the Operaton build (docs/operaton.md: Operaton's
 * {@code operaton-spin-dataformat-json-jackson} is not served to this project). The serializer has
 * Spin's name and writes what Spin writes — the JSON text and Jackson's canonical type name — so
 * variables written by either build read back on the other. Where Spin's serializer is there (the
 * Camunda build) this plugin adds nothing.
 */
@Component
class JsonVariableSerializer extends AbstractProcessEnginePlugin {

  /** Spin's serializer for {@code application/json}: the name stored with every such variable. */
  static final String NAME = "spin://application/json";
  static final String FORMAT = "application/json";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getVariableSerializers().getSerializerByName(NAME) == null) {
      configuration.getVariableSerializers().addSerializer(new Serializer());
    }
  }

  /** Jackson with its defaults, as Spin's data format has them. */
  static final class Serializer extends AbstractObjectValueSerializer {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    Serializer() {
      super(FORMAT);
    }

    @Override
    public String getName() {
      return NAME;
    }

    @Override
    protected boolean isSerializationTextBased() {
      return true;
    }

    @Override
    protected boolean canSerializeValue(Object value) {
      return value != null;
    }

    @Override
    protected String getTypeNameForDeserialized(Object value) {
      return typeOf(value).toCanonical();
    }

    @Override
    protected byte[] serializeToByteArray(Object value) throws Exception {
      return MAPPER.writeValueAsString(value).getBytes(charset());
    }

    @Override
    protected Object deserializeFromByteArray(byte[] bytes, String typeName) throws Exception {
      JavaType type = TypeFactory.defaultInstance().constructFromCanonical(typeName);
      validate(type);
      return MAPPER.readValue(new String(bytes, charset()), type);
    }

    /** A list or map by its first element, as Spin's type detectors name it. */
    static JavaType typeOf(Object value) {
      TypeFactory types = TypeFactory.defaultInstance();
      if (value instanceof Collection<?> collection && !collection.isEmpty()) {
        @SuppressWarnings("unchecked")
        Class<? extends Collection<?>> raw = (Class<? extends Collection<?>>) value.getClass();
        return types.constructCollectionType(raw, typeOf(collection.iterator().next()));
      }
      if (value instanceof Map<?, ?> map && !map.isEmpty()) {
        @SuppressWarnings("unchecked")
        Class<? extends Map<?, ?>> raw = (Class<? extends Map<?, ?>>) value.getClass();
        Map.Entry<?, ?> first = map.entrySet().iterator().next();
        return types.constructMapType(raw, typeOf(first.getKey()), typeOf(first.getValue()));
      }
      return types.constructType(value == null ? Object.class : value.getClass());
    }

    /** The engine's allowed types (deserializationTypeValidationEnabled), for the type and its parameters. */
    private static void validate(JavaType type) {
      ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
      if (configuration == null || !configuration.isDeserializationTypeValidationEnabled()) {
        return;
      }
      DeserializationTypeValidator validator = configuration.getDeserializationTypeValidator();
      check(type, validator);
    }

    private static void check(JavaType type, DeserializationTypeValidator validator) {
      if (type.isArrayType()) {
        check(type.getContentType(), validator);
        return;
      }
      String name = type.getRawClass().getName();
      if (validator != null && !validator.validate(name)) {
        throw new ProcessEngineException("The type " + name + " may not be deserialized");
      }
      for (int i = 0; i < type.containedTypeCount(); i++) {
        check(type.containedType(i), validator);
      }
    }

    private static java.nio.charset.Charset charset() {
      ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
      return configuration == null ? java.nio.charset.StandardCharsets.UTF_8 : configuration.getDefaultCharset();
    }
  }
}
