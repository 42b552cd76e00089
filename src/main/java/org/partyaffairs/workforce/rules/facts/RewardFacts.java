package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** The last two years' grades, for Lanzhou's rewards and consequences (001 第二十三条). */
public record RewardFacts(@NotNull Map<Integer, Grade> grades, @NotNull Integer year) implements Facts {

  public RewardFacts {
    grades = grades == null ? null : Map.copyOf(grades);
  }

  public Grade gradeThisYear() {
    return grades.get(year);
  }

  public Grade gradeLastYear() {
    return grades.get(year - 1);
  }
}
