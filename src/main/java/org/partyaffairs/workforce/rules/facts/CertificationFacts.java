package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * Whether a worker may be certified at a level in the year's round (002 专职资格认证: 综合政治素质、业务水平、任职年限、
 * 工作实绩和认可程度; 测试合格后方可参加资格认证和等级晋升): the level applied for and the one held (null: none),
 * whether the training test was passed, the full years in service, the annual grades by year, and
 * the round's year. The grades looked at are those of the years before the round's year.
 */
public record CertificationFacts(@NotNull CertificationLevel requestedLevel, CertificationLevel currentLevel,
    @NotNull Boolean trainingTestPassed, @NotNull @Min(0) @Max(60) Integer yearsInService,
    @NotNull Map<@NotNull @Min(Years.FIRST) @Max(Years.LAST) Integer, @NotNull Grade> grades,
    @NotNull @Min(Years.FIRST) @Max(Years.LAST) Integer year) implements Facts {

  public CertificationFacts {
    grades = grades == null ? null : Map.copyOf(grades);
  }

  /** Whether the level applied for is the first level (none held) or the one above the level held. */
  public boolean nextLevel() {
    return currentLevel == null ? requestedLevel == CertificationLevel.PRIMARY : requestedLevel == currentLevel.next();
  }

  /** How many of the {@code years} years before the round's year have a grade. */
  public int gradedAmongLast(int years) {
    return (int) last(years).count();
  }

  /** How many of the {@code years} years before the round's year have this grade. */
  public int countAmongLast(int years, Grade grade) {
    return (int) last(years).filter(grade::equals).count();
  }

  /** How many of the {@code years} years before the round's year have a grade below {@code lowest}. */
  public int countBelowAmongLast(int years, Grade lowest) {
    return (int) last(years).filter(grade -> grade.ordinal() > lowest.ordinal()).count();
  }

  private java.util.stream.Stream<Grade> last(int years) {
    return grades.entrySet().stream().filter(entry -> entry.getKey() < year && entry.getKey() >= year - years)
        .map(Map.Entry::getValue);
  }
}
