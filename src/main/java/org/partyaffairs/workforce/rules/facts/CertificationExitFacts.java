package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * A certified worker's annual grades by year and the year of the 年检 (002: 对获得资格等级证书的，结合年度考核实行年检;
 * 健全完善退出机制), for whether the level is lost.
 */
public record CertificationExitFacts(
    @NotNull Map<@NotNull @Min(Years.FIRST) @Max(Years.LAST) Integer, @NotNull Grade> grades,
    @NotNull @Min(Years.FIRST) @Max(Years.LAST) Integer year) implements Facts {

  public CertificationExitFacts {
    grades = grades == null ? null : Map.copyOf(grades);
  }

  /** The grade of the year of the 年检, null when none. */
  public Grade gradeThisYear() {
    return grades.get(year);
  }

  /** How many years running, ending with the 年检's year, have exactly this grade. */
  public int yearsRunning(Grade grade) {
    int count = 0;
    while (grade.equals(grades.get(year - count))) {
      count++;
    }
    return count;
  }
}
