package org.partyaffairs.workforce.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The fields of a deployed Camunda Form by key, each with what the form lets a person enter: what a
 * submission of that form may carry. Groups and dynamic lists contribute their nested fields and
 * their {@code path}. A value is checked against its field's type and the form's own validation
 * (min, max, decimal places, lengths, pattern, the choices of a select or radio, no past date where the form
 * disallows past dates), as the browser checked it, so
 * that a client that skips the browser cannot store what the form would not have let through.
 * Whether a field is required stays the task listeners' to judge: a field hidden by a condition
 * may be left out.
 */
public final class FormFields {

  /** No form at all: nothing may be submitted. */
  public static final FormFields NONE = new FormFields(Map.of());

  private final Map<String, Field> byKey;

  private FormFields(Map<String, Field> byKey) {
    this.byKey = byKey;
  }

  public static FormFields parse(InputStream form, ObjectMapper json) {
    try (form) {
      Map<String, Field> fields = new LinkedHashMap<>();
      collect(json.readTree(form).path("components"), fields);
      return new FormFields(fields);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable Camunda Form", e);
    }
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode component : components) {
      Field field = Field.of(component);
      if (component.hasNonNull("key")) {
        fields.put(component.get("key").asText(), field);
      }
      if (component.hasNonNull("path")) {
        fields.put(component.get("path").asText(), field.container());
      }
      collect(component.path("components"), fields);
    }
  }

  public boolean has(String key) {
    return byKey.containsKey(key);
  }

  public boolean isReadonly(String key) {
    return byKey.containsKey(key) && byKey.get(key).readonly();
  }

  public Set<String> keys() {
    return byKey.keySet();
  }

  /**
   * What is wrong with a submitted value for the field, in Chinese; empty when the form would accept
   * it. {@code today} (in {@code workforce.zone}) is the first day a field that disallows past dates takes.
   */
  public Optional<String> problemWith(String key, JsonNode value, LocalDate today) {
    Field field = byKey.get(key);
    return field == null || value == null || value.isNull() ? Optional.empty() : field.problemWith(value, today);
  }

  /** One field: its type, its label for messages, and the form's own validation. */
  record Field(String type, String subtype, String label, boolean readonly, Set<String> choices, BigDecimal min,
      BigDecimal max, Integer minLength, Integer maxLength, Pattern pattern, boolean disallowPassedDates,
      Integer decimalDigits) {

    static Field of(JsonNode component) {
      JsonNode validate = component.path("validate");
      Set<String> choices = new LinkedHashSet<>();
      component.path("values").forEach(option -> choices.add(option.path("value").asText()));
      String label = component.hasNonNull("label") ? component.get("label").asText()
          : component.path("dateLabel").asText(component.path("key").asText());
      return new Field(component.path("type").asText(), component.path("subtype").asText(null), label,
          component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false), choices,
          decimal(validate.path("min")), decimal(validate.path("max")), integer(validate.path("minLength")),
          integer(validate.path("maxLength")), pattern(validate.path("pattern")),
          component.path("disallowPassedDates").asBoolean(false), integer(component.path("decimalDigits")));
    }

    /** A group or dynamic list under its path: a container whose contents its own fields check. */
    Field container() {
      return new Field("group", null, label, readonly, Set.of(), null, null, null, null, null, false, null);
    }

    Optional<String> problemWith(JsonNode value, LocalDate today) {
      List<String> problems = new ArrayList<>();
      switch (type) {
        case "number" -> checkNumber(value, problems);
        case "textfield", "textarea" -> checkText(value, problems);
        case "select", "radio" -> {
          if (!choices.isEmpty() && !choices.contains(value.asText())) {
            problems.add("「" + label + "」只能在表单给出的选项中选择，收到「" + abbreviated(value.asText()) + "」");
          }
        }
        case "checkbox" -> {
          if (!value.isBoolean()) {
            problems.add("「" + label + "」只能是「是」或「否」");
          }
        }
        case "datetime" -> checkDate(value, today, problems);
        default -> {
        }
      }
      return problems.stream().findFirst();
    }

    private void checkNumber(JsonNode value, List<String> problems) {
      BigDecimal number;
      try {
        number = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText().strip());
      } catch (NumberFormatException notANumber) {
        problems.add("「" + label + "」应为数字");
        return;
      }
      if (decimalDigits != null && number.stripTrailingZeros().scale() > decimalDigits) {
        problems.add("「" + label + "」最多 " + decimalDigits + " 位小数，收到 " + number.toPlainString());
      } else if (min != null && number.compareTo(min) < 0) {
        problems.add("「" + label + "」不能小于 " + min.toPlainString());
      } else if (max != null && number.compareTo(max) > 0) {
        problems.add("「" + label + "」不能大于 " + max.toPlainString());
      }
    }

    private void checkText(JsonNode value, List<String> problems) {
      if (!value.isTextual()) {
        problems.add("「" + label + "」应为文字");
        return;
      }
      String text = value.asText();
      int length = text.codePointCount(0, text.length());
      if (maxLength != null && length > maxLength) {
        problems.add("「" + label + "」不能超过 " + maxLength + " 个字");
      } else if (minLength != null && length > 0 && length < minLength) {
        problems.add("「" + label + "」至少 " + minLength + " 个字");
      } else if (pattern != null && !text.isEmpty() && !pattern.matcher(text).find()) {
        problems.add("「" + label + "」的格式不符合表单要求");
      }
    }

    private void checkDate(JsonNode value, LocalDate today, List<String> problems) {
      if (!"date".equals(subtype)) {
        return;
      }
      LocalDate date;
      try {
        date = LocalDate.parse(value.asText().strip());
      } catch (DateTimeParseException notADate) {
        problems.add("「" + label + "」应为 yyyy-MM-dd 格式的日期");
        return;
      }
      if (disallowPassedDates && date.isBefore(today)) {
        problems.add("「" + label + "」不能早于今天（" + today + "），收到 " + date);
      }
    }

    private static String abbreviated(String text) {
      return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static BigDecimal decimal(JsonNode node) {
      return node.isNumber() ? node.decimalValue() : null;
    }

    private static Integer integer(JsonNode node) {
      return node.isNumber() ? node.intValue() : null;
    }

    /** The form's pattern as the browser applies it (a match anywhere); one Java cannot read is left to the listeners. */
    private static Pattern pattern(JsonNode node) {
      if (!node.isTextual() || node.asText().isEmpty()) {
        return null;
      }
      try {
        return Pattern.compile(node.asText());
      } catch (PatternSyntaxException unreadable) {
        return null;
      }
    }
  }
}
