package org.partyaffairs.workforce.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The grades a campaign's policy gives, best first, with the policy's Chinese terms: 000 第十条
 * (kunshan), 001 第二十二条 (lanzhou), 004 三、考核应用 (points: 合格 or 不合格 only). A report prints
 * every grade of the policy, those nobody got included, so that towns line up side by side.
 */
final class GradeLabels {

  private GradeLabels() {
  }

  static Map<String, String> of(String policy) {
    Map<String, String> labels = new LinkedHashMap<>();
    switch (policy) {
      case "lanzhou" -> {
        labels.put("EXCELLENT", "优秀");
        labels.put("QUALIFIED", "称职");
        labels.put("BASIC", "基本称职");
        labels.put("FAIL", "不称职");
      }
      case "points" -> {
        labels.put("QUALIFIED", "合格");
        labels.put("FAIL", "不合格");
      }
      default -> {
        labels.put("EXCELLENT", "优秀");
        labels.put("QUALIFIED", "合格");
        labels.put("BASIC", "基本合格");
        labels.put("FAIL", "不合格");
      }
    }
    return labels;
  }
}
