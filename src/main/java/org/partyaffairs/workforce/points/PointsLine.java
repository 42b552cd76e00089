package org.partyaffairs.workforce.points;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partyaffairs.workforce.shared.InvalidRequestException;

/**
 * A corrected line as the department writes it, in the campaign's scoring task or an objection's
 * investigation: {@code 第12条 17 1} (line 12 of the ledger becomes item 17 once), {@code 第12条 删除}
 * (line 12 struck), or {@code 13 1 city} (a line the ledger missed). Items and levels are judged by
 * points-score, as every line is.
 */
record PointsLine(Long replaces, int item, int count, String level) {

  static final String EXAMPLE = "「第12条 17 1」（第12条改为第17项1次）、「第12条 删除」或「13 1 city」（补记一行）";

  private static final Pattern LINE = Pattern.compile(
      "(?:第\\s*(\\d{1,12})\\s*条\\s*[:：]?\\s*)?(?:(删除)|(\\d{1,2})\\s+(\\d{1,3})(?:\\s+([a-z-]{1,32}))?)");

  /** Whether the line strikes the line it replaces without a new one. */
  boolean strikes() {
    return count == 0;
  }

  static PointsLine parse(String text) {
    String line = text == null ? "" : text.strip();
    Matcher matcher = LINE.matcher(line);
    if (line.isEmpty() || !matcher.matches()) {
      throw new InvalidRequestException("更正的台账行应写作" + EXAMPLE + "，收到「" + shorten(line) + "」");
    }
    Long replaces = matcher.group(1) == null ? null : Long.valueOf(matcher.group(1));
    if (matcher.group(2) != null) {
      if (replaces == null) {
        throw new InvalidRequestException("删除须写明是第几条，如「第12条 删除」");
      }
      return new PointsLine(replaces, 0, 0, null);
    }
    int count = Integer.parseInt(matcher.group(4));
    if (count < 1) {
      throw new InvalidRequestException("次数至少为 1；要去掉一行请写「第N条 删除」");
    }
    return new PointsLine(replaces, Integer.parseInt(matcher.group(3)), count, matcher.group(5));
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
