package org.partyaffairs.workforce.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a decision's rules conclude, written by the rules' consequences through the global
 * {@code answer}: named values
 * ({@code answer.set("grade", "EXCELLENT")}), lists ({@code answer.add("grounds", "ANNUAL_FAIL")}),
 * sums ({@code answer.plus("bonus", 10)}) and refusals of the facts ({@code answer.reject("item11",
 * "…")}). One per evaluation; the facts themselves stay immutable.
 */
public final class Answer {

  /** A fact the rules refuse, with the field it concerns. */
  public record Rejection(String field, String message) {
  }

  private final Map<String, Object> values;
  private final List<Rejection> rejections = new ArrayList<>(1);

  Answer(Map<String, Object> defaults) {
    this.values = new LinkedHashMap<>(defaults);
    values.replaceAll((key, value) -> value instanceof List<?> list ? new ArrayList<>(list) : value);
  }

  public void set(String key, Object value) {
    values.put(key, value);
  }

  @SuppressWarnings("unchecked")
  public void add(String key, Object element) {
    ((List<Object>) values.computeIfAbsent(key, k -> new ArrayList<>())).add(element);
  }

  public void plus(String key, long amount) {
    values.merge(key, amount, (a, b) -> ((Number) a).longValue() + ((Number) b).longValue());
  }


  public long number(String key) {
    Object value = values.get(key);
    return value == null ? 0 : ((Number) value).longValue();
  }

  /** How many elements the list under the key holds (0 when there is none). */
  public int count(String key) {
    return values.get(key) instanceof List<?> list ? list.size() : 0;
  }

  public void reject(String field, String message) {
    rejections.add(new Rejection(field, message));
  }

  List<Rejection> rejections() {
    return rejections;
  }

  Map<String, Object> values() {
    return values;
  }
}
