package org.partyaffairs.workforce.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partyaffairs.workforce.shared.InvalidRequestException;

/**
 * A half year (上半年 January–June, 下半年 July–December), the period of one report under 001 第十五条
 * (每半年书面报告一次). Written {@code 2026-H1} in the API and the record, 2026年上半年 where people read it.
 */
record HalfYear(int year, int half) implements Comparable<HalfYear> {

  private static final Pattern CODE = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern CHINESE = Pattern.compile("(\\d{4})年([上下])半年");

  HalfYear {
    if (year < 2000 || year > 2100 || half < 1 || half > 2) {
      throw new InvalidRequestException("半年度应为 2000 至 2100 年的上半年或下半年");
    }
  }

  /** Reads {@code 2026-H1} or 2026年上半年; anything else is refused naming the field. */
  static HalfYear parse(Object value) {
    String text = value == null ? "" : value.toString().strip();
    Matcher code = CODE.matcher(text);
    if (code.matches()) {
      return new HalfYear(Integer.parseInt(code.group(1)), Integer.parseInt(code.group(2)));
    }
    Matcher chinese = CHINESE.matcher(text);
    if (chinese.matches()) {
      return new HalfYear(Integer.parseInt(chinese.group(1)), chinese.group(2).equals("上") ? 1 : 2);
    }
    throw new InvalidRequestException(text.isEmpty() ? "请选择报告的半年度"
        : "半年度应写作 2026-H1 或 2026年上半年，收到「" + text + "」");
  }

  /** The half year the day falls in. */
  static HalfYear of(LocalDate day) {
    return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
  }

  String code() {
    return year + "-H" + half;
  }

  String label() {
    return year + "年" + (half == 1 ? "上" : "下") + "半年";
  }

  LocalDate firstDay() {
    return LocalDate.of(year, half == 1 ? 1 : 7, 1);
  }

  LocalDate lastDay() {
    return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
  }

  HalfYear previous() {
    return half == 2 ? new HalfYear(year, 1) : new HalfYear(year - 1, 2);
  }

  HalfYear next() {
    return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
  }

  /** Its six months, in order. */
  List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth month = YearMonth.from(firstDay()); !month.isAfter(YearMonth.from(lastDay())); month = month.plusMonths(1)) {
      months.add(month);
    }
    return months;
  }

  @Override
  public int compareTo(HalfYear other) {
    return Integer.compare(year * 2 + half, other.year * 2 + other.half);
  }

  @Override
  public String toString() {
    return code();
  }
}
