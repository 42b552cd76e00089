package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** The last two years' grades, for Lanzhou's rewards and consequences (001 第二十三条). */
public record RewardFacts(@NotNull Map<@NotNull @Min(Years.FIRST) @Max(Years.LAST) Integer, Grade> grades,
    @NotNull @Min(Years.FIRST) @Max(Years.LAST) Integer year) implements Facts {

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
