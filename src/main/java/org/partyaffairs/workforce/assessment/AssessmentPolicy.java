package org.partyaffairs.workforce.assessment;

import java.util.Arrays;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.shared.InvalidRequestException;

/**
 * How a campaign scores and grades: which form the town fills in, which decision turns it into a
 * score, and under which article the grade stands. The bands themselves are the rules'
 * ({@code assessment-grade}).
 */
public enum AssessmentPolicy {

  /** 000 附件: the 16-item evaluation form, graded by 000 第十条. */
  KUNSHAN("kunshan", "昆山考核评价表", "evaluation-form-score", "total", Article.KUNSHAN_10),
  /** 001 第二十一条: 40% ordinary and 60% annual assessment, graded by 第二十二条. */
  LANZHOU("lanzhou", "兰州平时与年度考核", "weighted-score", "score", Article.LANZHOU_22),
  /** 004: the points ledger, graded by 三、考核应用. */
  POINTS("points", "积分制考核", "points-score", "total", Article.POINTS_USE);

  private final String code;
  private final String label;
  private final String scoreDecision;
  private final String scoreField;
  private final Article gradeArticle;

  AssessmentPolicy(String code, String label, String scoreDecision, String scoreField, Article gradeArticle) {
    this.code = code;
    this.label = label;
    this.scoreDecision = scoreDecision;
    this.scoreField = scoreField;
    this.gradeArticle = gradeArticle;
  }

  public static AssessmentPolicy of(String code) {
    String given = code == null || code.isBlank() ? KUNSHAN.code : code.strip();
    return Arrays.stream(values()).filter(policy -> policy.code.equals(given)).findFirst()
        .orElseThrow(() -> new InvalidRequestException("未知的考核办法「" + given + "」，应为 kunshan、lanzhou 或 points"));
  }

  /** As the decisions and the forms name it, e.g. {@code kunshan}. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** The decision that turns the scoring form into a score. */
  String scoreDecision() {
    return scoreDecision;
  }

  /** The field of that decision's answer that holds the score. */
  String scoreField() {
    return scoreField;
  }

  Article gradeArticle() {
    return gradeArticle;
  }

  /** Only Lanzhou limits 优秀 to a share of the cohort (001 第二十二条). */
  boolean limitsExcellence() {
    return this == LANZHOU;
  }
}
