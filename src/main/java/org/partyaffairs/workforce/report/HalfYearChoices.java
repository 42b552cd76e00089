package org.partyaffairs.workforce.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.security.StartFormChoices;
import org.springframework.stereotype.Component;

/**
 * {@code halfYearOptions}: the half years a report may be started for, the current one first, then
 * the four before it. A half year not yet begun is never offered (and refused if sent: the service
 * checks it again); older ones can still be sent by their code.
 */
@Component
class HalfYearChoices implements StartFormChoices {

  static final int OFFERED = 5;

  private final Clock clock;
  private final WorkforceProperties properties;

  HalfYearChoices(Clock clock, WorkforceProperties properties) {
    this.clock = clock;
    this.properties = properties;
  }

  @Override
  public String valuesKey() {
    return "halfYearOptions";
  }

  @Override
  public List<Option> options() {
    List<Option> options = new ArrayList<>();
    HalfYear half = HalfYear.of(LocalDate.now(clock.withZone(properties.zone())));
    for (int i = 0; i < OFFERED; i++, half = half.previous()) {
      options.add(new Option(half.label() + (i == 0 ? "（本半年，截至今天）" : ""), half.code()));
    }
    return options;
  }
}
