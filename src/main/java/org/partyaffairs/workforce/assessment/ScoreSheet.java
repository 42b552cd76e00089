package org.partyaffairs.workforce.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.shared.InvalidRequestException;

/**
 * What the town submits to score one worker, read into the facts of the policy's score decision:
 * the 16 items (kunshan), the ordinary and annual scores (lanzhou) or the points ledger (points).
 * Ranges are the decisions' to refuse (one place for the item maxima); here only the shape is.
 * A correction after an objection is written the same way: {@code 第3项=4；第12项=8},
 * {@code 平时=85}, or the whole ledger again.
 */
final class ScoreSheet {

  static final int ITEMS = 16;
  static final String ORDINARY = "ordinary";
  static final String ANNUAL = "annual";
  static final String LEDGER = "pointsLedger";
  /**
   * Why the department entered the 平时考核 by hand: required when no quarter of the year was scored
   * (001 第二十一条). Kept with the sheet, never a fact of the score decision ({@link #facts}).
   */
  static final String ORDINARY_REASON = "ordinaryReason";

  private static final Pattern PAIR_SEPARATOR = Pattern.compile("[；;，,\\n]+");
  private static final Pattern ITEM_NAME = Pattern.compile("(?:item|第)(\\d{1,2})项?");
  private static final Pattern VETO_LINE = Pattern.compile("否决\\s*[:：]?\\s*(.+)");

  private ScoreSheet() {
  }

  /** The facts of the policy's score decision from the scoring form's variables. */
  static Map<String, Object> read(AssessmentPolicy policy, Function<String, Object> variables) {
    Map<String, Object> facts = new LinkedHashMap<>();
    switch (policy) {
      case KUNSHAN -> {
        for (int item = 1; item <= ITEMS; item++) {
          facts.put("item" + item, FormValues.requiredNumber("第" + item + "项得分", variables.apply("item" + item)));
        }
      }
      case LANZHOU -> {
        facts.put("policy", policy.code());
        facts.put(ORDINARY, FormValues.requiredNumber("平时考核成绩", variables.apply(ORDINARY)));
        facts.put(ANNUAL, FormValues.requiredNumber("年度考核成绩", variables.apply(ANNUAL)));
        String reason = FormValues.optionalText("平时考核录入理由", variables.apply(ORDINARY_REASON), 1000);
        if (reason != null && !reason.isBlank()) {
          facts.put(ORDINARY_REASON, reason);
        }
      }
      case POINTS -> facts.putAll(ledger(FormValues.optionalText("积分台账", variables.apply(LEDGER), 2000)));
    }
    return facts;
  }

  /** The facts of the score decision in a kept sheet: everything but the reason of a hand-entered 平时考核. */
  static Map<String, Object> facts(Map<String, Object> sheet) {
    if (!sheet.containsKey(ORDINARY_REASON)) {
      return sheet;
    }
    Map<String, Object> facts = new LinkedHashMap<>(sheet);
    facts.remove(ORDINARY_REASON);
    return facts;
  }

  /** The facts as corrected by an objection's investigation; refuses a correction it cannot read. */
  static Map<String, Object> corrected(AssessmentPolicy policy, Map<String, Object> current, String correction) {
    String text = FormValues.requiredText("更正后的评分", correction, 2000);
    if (policy == AssessmentPolicy.POINTS) {
      return ledger(text);
    }
    Map<String, Object> facts = new LinkedHashMap<>(current);
    for (String pair : PAIR_SEPARATOR.split(text)) {
      if (pair.isBlank()) {
        continue;
      }
      String[] parts = pair.split("[=＝]", 2);
      if (parts.length != 2) {
        throw new InvalidRequestException("更正应写作「名称=分数」，如 " + example(policy) + "，收到「" + pair.strip() + "」");
      }
      String field = field(policy, parts[0].strip());
      facts.put(field, FormValues.requiredNumber(parts[0].strip(), parts[1].strip()));
    }
    return facts;
  }

  private static String field(AssessmentPolicy policy, String name) {
    if (policy == AssessmentPolicy.KUNSHAN) {
      Matcher item = ITEM_NAME.matcher(name);
      if (item.matches() && Integer.parseInt(item.group(1)) >= 1 && Integer.parseInt(item.group(1)) <= ITEMS) {
        return "item" + Integer.parseInt(item.group(1));
      }
    } else if (name.startsWith("平时") || name.equals(ORDINARY)) {
      return ORDINARY;
    } else if (name.startsWith("年度") || name.equals(ANNUAL)) {
      return ANNUAL;
    }
    throw new InvalidRequestException("没有名为「" + name + "」的评分项，如 " + example(policy));
  }

  private static String example(AssessmentPolicy policy) {
    return policy == AssessmentPolicy.KUNSHAN ? "第3项=4；第12项=8" : "平时=85；年度=90";
  }

  /**
   * The points ledger, one line per event as {@code 项目 次数 [等级]} (e.g. {@code 13 1 city}) and
   * one-vote vetoes as {@code 否决 1,3}; an empty ledger is the base of 100.
   */
  static Map<String, Object> ledger(String text) {
    List<Map<String, Object>> events = new ArrayList<>();
    List<Integer> vetoes = new ArrayList<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int number = 1; number <= lines.length; number++) {
      String line = lines[number - 1].strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher veto = VETO_LINE.matcher(line);
      if (veto.matches()) {
        for (String item : veto.group(1).split("[,，、\\s]+")) {
          vetoes.add(wholeNumber(item, number));
        }
        continue;
      }
      String[] parts = line.split("\\s+");
      if (parts.length < 2 || parts.length > 3) {
        throw new InvalidRequestException("积分台账第 " + number + " 行应为「项目 次数 [等级]」，如 13 1 city，收到「" + line + "」");
      }
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("item", wholeNumber(parts[0], number));
      event.put("count", wholeNumber(parts[1], number));
      event.put("level", parts.length == 3 ? parts[2] : null);
      events.add(event);
    }
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("events", events);
    facts.put("vetoes", vetoes);
    return facts;
  }

  private static int wholeNumber(String text, int line) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("积分台账第 " + line + " 行：「" + text + "」应为整数");
    }
  }

  /** How a score reads on the notice, e.g. {@code 89.50分 合格}. */
  static String describe(BigDecimal score, String gradeLabel) {
    return score.toPlainString() + "分 " + gradeLabel;
  }
}
