package org.partyaffairs.workforce.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a year, the period of one written report under 001 第十八条(三) (每个季度以书面清单形式
 * 汇报). Written {@code 2026Q3} in the API and the business key, 2026年第三季度 where people read it.
 */
public record Quarter(int year, int number) {

  private static final Pattern CODE = Pattern.compile("(\\d{4})-?[Qq]([1-4])");
  private static final Pattern CHINESE = Pattern.compile("(\\d{4})年第([一二三四])季度");
  private static final List<String> NAMES = List.of("第一季度", "第二季度", "第三季度", "第四季度");
  private static final String NUMERALS = "一二三四";

  public Quarter {
    if (year < 2000 || year > 2100 || number < 1 || number > 4) {
      throw new InvalidRequestException("季度应为 2000 至 2100 年的第一至第四季度");
    }
  }

  /** Reads {@code 2026Q3}, {@code 2026-Q3} or 2026年第三季度; anything else is refused naming what it got. */
  public static Quarter parse(Object value) {
    String text = value == null ? "" : value.toString().strip();
    Matcher code = CODE.matcher(text);
    if (code.matches()) {
      return new Quarter(Integer.parseInt(code.group(1)), Integer.parseInt(code.group(2)));
    }
    Matcher chinese = CHINESE.matcher(text);
    if (chinese.matches()) {
      return new Quarter(Integer.parseInt(chinese.group(1)), NUMERALS.indexOf(chinese.group(2)) + 1);
    }
    throw new InvalidRequestException(text.isEmpty() ? "请指定季度，如 2026Q3"
        : "季度应写作 2026Q3 或 2026年第三季度，收到「" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "」");
  }

  /** The quarter the day falls in. */
  public static Quarter of(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  public String code() {
    return year + "Q" + number;
  }

  /** 第三季度. */
  public String name() {
    return NAMES.get(number - 1);
  }

  /** 2026年第三季度. */
  public String label() {
    return year + "年" + name();
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, (number - 1) * 3 + 1, 1);
  }

  public LocalDate lastDay() {
    return firstDay().plusMonths(3).minusDays(1);
  }

  /** The quarter before: 2026Q1 follows 2025Q4. */
  public Quarter previous() {
    return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
  }

  @Override
  public String toString() {
    return code();
  }
}
