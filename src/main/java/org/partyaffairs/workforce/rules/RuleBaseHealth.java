package org.partyaffairs.workforce.rules;

import org.kie.api.KieBase;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: the rule base is built (it is compiled once at start, and a node whose rules
 * did not compile would refuse every grading), with how many decisions and rules it holds.
 */
@Component("ruleBase")
class RuleBaseHealth implements HealthIndicator {

  private final KieBase rules;

  RuleBaseHealth(KieBase rules) {
    this.rules = rules;
  }

  @Override
  public Health health() {
    long count = rules.getKiePackages().stream().mapToLong(kiePackage -> kiePackage.getRules().size()).sum();
    if (count == 0) {
      return Health.down().withDetail("rules", "规则库为空").build();
    }
    return Health.up().withDetail("decisions", Decision.values().length).withDetail("rules", count).build();
  }
}
