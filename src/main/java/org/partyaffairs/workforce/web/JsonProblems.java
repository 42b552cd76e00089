package org.partyaffairs.workforce.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The limits every JSON body is read under — on {@code /api}, the engine REST API and the webapps'
 * engine API alike — and what a body that breaks them, or does not fit, is told: a Chinese sentence
 * that names the field, never a Java type.
 */
public final class JsonProblems {

  /** No request of this product nests deeper; a deeper body is refused before anything reads it. */
  public static final int MAX_NESTING_DEPTH = 64;

  private JsonProblems() {
  }

  /**
   * The mapper, made strict: nesting bounded, nothing after the JSON value. Applied to copies only:
   * the guards that read bodies before the engine keep reading with the lenient shared mapper, so
   * that they never see less of a body than the engine does.
   */
  public static ObjectMapper strict(ObjectMapper mapper) {
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH).build());
    return mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** What is wrong with a body Jackson could not read, as the caller is told it. */
  public static String describe(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return e.getOriginalMessage() != null && e.getOriginalMessage().contains("nesting depth")
          ? "请求体的 JSON 嵌套超过 " + MAX_NESTING_DEPTH + " 层"
          : "请求体的 JSON 中有过长的值";
    }
    if (e instanceof JsonEOFException) {
      return "请求体的 JSON 不完整";
    }
    if (e instanceof InputCoercionException) {
      return "请求体中有超出范围的数值" + at(e.getLocation());
    }
    if (e instanceof JsonParseException) {
      return "请求体不是有效的 JSON" + at(e.getLocation());
    }
    if (e instanceof JsonMappingException mapping) {
      String field = field(mapping);
      String problem = problem(mapping);
      return field.isEmpty() ? "请求体" + problem : "字段「" + field + "」" + problem;
    }
    return "请求体不是有效的 JSON";
  }

  /** The field a mapping problem is at, e.g. {@code cohort[0].grade}; empty for the body itself. */
  public static String field(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    if (e instanceof UnrecognizedPropertyException unknown && e.getPath().isEmpty()) {
      path.append(unknown.getPropertyName());
    }
    return Refusal.namesJavaClass(path.toString()) ? "" : path.toString();
  }

  /** What is wrong at the field, as a predicate: {@code 的值不对，应为整数}. */
  static String problem(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "不是可以提交的字段";
    }
    if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
      return "在 JSON 之后还有其他内容";
    }
    return "的值不对，" + expected(e);
  }

  /**
   * What the value at the field should have been, e.g. {@code 应为整数}, {@code 应为 EXCELLENT、QUALIFIED
   * 之一}: the enum's values and JSON's kinds of value, never a Java type.
   */
  public static String expected(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "不是可以提交的字段";
    }
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause instanceof InputCoercionException) {
        return "数值超出范围";
      }
    }
    Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
    if (e instanceof InvalidFormatException invalid && invalid.getValue() != null) {
      Object value = invalid.getValue();
      if (type != null && type.isEnum()) {
        return "「" + value + "」不是可选的值，" + expected(type);
      }
      if (isNotFinite(value)) {
        return "应为有限的数字";
      }
    }
    return expected(type);
  }

  private static boolean isNotFinite(Object value) {
    if (value instanceof Double number) {
      return number.isNaN() || number.isInfinite();
    }
    if (value instanceof Float number) {
      return number.isNaN() || number.isInfinite();
    }
    String text = value.toString().strip();
    return text.equalsIgnoreCase("NaN") || text.matches("[+-]?Infinity");
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "请检查它的类型";
    }
    if (type.isEnum()) {
      return "应为 " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining("、"))
          + " 之一";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class || type == BigInteger.class) {
      return "应为整数";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
        || type == BigDecimal.class) {
      return "应为数字";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "应为 true 或 false";
    }
    if (Temporal.class.isAssignableFrom(type) || Date.class.isAssignableFrom(type)) {
      return "应为日期或时间（如 2026-01-31）";
    }
    if (type == String.class || type == char.class || type == Character.class) {
      return "应为文字";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "应为列表";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "应为对象";
    }
    return "应为对象";
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? ""
        : "（第 " + location.getLineNr() + " 行第 " + location.getColumnNr() + " 列）";
  }
}
