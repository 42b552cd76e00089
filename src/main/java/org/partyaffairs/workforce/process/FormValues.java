package org.partyaffairs.workforce.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import org.partyaffairs.workforce.shared.InvalidRequestException;

/**
 * Reads what a form or a REST client submitted as process variables, refusing anything malformed
 * with a message that names the field. Camunda Forms submit dates as ISO strings and numbers as
 * JSON numbers; REST clients may send either as strings.
 */
public final class FormValues {

  private FormValues() {
  }

  /** Trimmed text, required, at most {@code maxLength} characters. */
  public static String requiredText(String label, Object value, int maxLength) {
    String text = value == null ? "" : value.toString().strip();
    if (text.isEmpty()) {
      throw new InvalidRequestException("请填写" + label);
    }
    if (text.codePointCount(0, text.length()) > maxLength) {
      throw new InvalidRequestException(label + "不能超过 " + maxLength + " 个字");
    }
    return text;
  }

  /** Trimmed text or null, at most {@code maxLength} characters. */
  public static String optionalText(String label, Object value, int maxLength) {
    return value == null || value.toString().isBlank() ? null : requiredText(label, value, maxLength);
  }

  public static LocalDate requiredDate(String label, Object value, ZoneId zone) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(zone).toLocalDate();
    }
    String text = requiredText(label, value, 10);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(label + "格式应为 yyyy-MM-dd，收到「" + text + "」");
    }
  }

  /** A whole number (ids, counts), or null when absent. */
  public static Long optionalId(String label, Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
      return number.longValue();
    }
    try {
      return Long.valueOf(value.toString().strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(label + "应为整数，收到「" + value + "」");
    }
  }

  /** A number as a form or a REST client sends it (scores); ranges are the caller's to check. */
  public static BigDecimal requiredNumber(String label, Object value) {
    String text = requiredText(label, value, 32);
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(label + "应为数字，收到「" + text + "」");
    }
  }

  /** A whole number that fits an int (counts); ranges are the caller's to check. */
  public static int requiredWholeNumber(String label, Object value) {
    Long number = optionalId(label, value);
    if (number == null) {
      throw new InvalidRequestException("请填写" + label);
    }
    if (number != number.intValue()) {
      throw new InvalidRequestException(label + "超出范围，收到 " + number);
    }
    return number.intValue();
  }

  /** A checkbox: absent means unticked; anything but a boolean is refused. */
  public static boolean flag(String label, Object value) {
    if (value == null || value instanceof Boolean) {
      return Boolean.TRUE.equals(value);
    }
    return switch (value.toString().strip()) {
      case "true" -> true;
      case "false", "" -> false;
      default -> throw new InvalidRequestException(label + "应为是或否，收到「" + value + "」");
    };
  }

  /** One of the allowed codes of an enum, e.g. a decision {@code AGREE}/{@code DISAGREE}. */
  public static <E extends Enum<E>> E requiredChoice(String label, Object value, Class<E> choices) {
    String text = requiredText(label, value, 64);
    try {
      return Enum.valueOf(choices, text);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(label + "只能是 " + Arrays.toString(choices.getEnumConstants())
          + " 之一，收到「" + text + "」");
    }
  }
}
