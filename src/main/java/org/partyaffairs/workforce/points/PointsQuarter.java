package org.partyaffairs.workforce.points;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partyaffairs.workforce.shared.InvalidRequestException;

/**
 * A quarter whose standings are published (004 附件1 二、考核流程: 对每名党员得分及加减分项目考核情况每季度至少进行一次
 * 公布). Written {@code 2026Q1} in the API and the business key, 2026年第一季度 where people read it.
 */
record PointsQuarter(int year, int number) {

  private static final Pattern CODE = Pattern.compile("(\\d{4})-?[Qq]([1-4])");
  private static final List<String> NAMES = List.of("第一季度", "第二季度", "第三季度", "第四季度");

  PointsQuarter {
    if (year < 2000 || year > 2100 || number < 1 || number > 4) {
      throw new InvalidRequestException("季度应为 2000 至 2100 年的第一至第四季度");
    }
  }

  static PointsQuarter parse(Object value) {
    String text = value == null ? "" : value.toString().strip();
    Matcher code = CODE.matcher(text);
    if (!code.matches()) {
      throw new InvalidRequestException(text.isEmpty() ? "请指定季度，如 2026Q1"
          : "季度应写作 2026Q1，收到「" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "」");
    }
    return new PointsQuarter(Integer.parseInt(code.group(1)), Integer.parseInt(code.group(2)));
  }

  static PointsQuarter of(LocalDate day) {
    return new PointsQuarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  PointsQuarter previous() {
    return number == 1 ? new PointsQuarter(year - 1, 4) : new PointsQuarter(year, number - 1);
  }

  LocalDate firstDay() {
    return LocalDate.of(year, (number - 1) * 3 + 1, 1);
  }

  LocalDate lastDay() {
    return firstDay().plusMonths(3).minusDays(1);
  }

  String code() {
    return year + "Q" + number;
  }

  String label() {
    return year + "年" + NAMES.get(number - 1);
  }
}
