package org.partyaffairs.workforce.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partyaffairs.workforce.report.HalfYearFigures.Count;

/**
 * Lines up the sections of several towns' figures: section → figure label → one count per town, in
 * the towns' order. Labels one town has and another has not (grades under different policies) count
 * zero for the other.
 */
final class SideBySide {

  private SideBySide() {
  }

  static Map<String, Map<String, int[]>> sections(List<SideBySideView.TownColumn> reported) {
    Map<String, Map<String, int[]>> sections = new LinkedHashMap<>();
    for (int column = 0; column < reported.size(); column++) {
      int at = column;
      FigureSections.of(reported.get(column).figures()).forEach((title, counts) -> {
        Map<String, int[]> rows = sections.computeIfAbsent(title, key -> new LinkedHashMap<>());
        for (Count count : counts) {
          rows.computeIfAbsent(count.label(), key -> new int[reported.size()])[at] = count.count();
        }
      });
    }
    return sections;
  }
}
