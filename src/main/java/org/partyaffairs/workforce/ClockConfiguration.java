package org.partyaffairs.workforce;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  /**
   * The engine's clock, in Beijing time: records and timers agree on what "now" is (a notice closes
   * exactly when its timer fires), and tests that move Camunda's clock move the records' too.
   */
  @Bean
  Clock clock(WorkforceProperties properties) {
    return new EngineClock(properties.zone());
  }

  private static final class EngineClock extends Clock {

    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new EngineClock(zone);
    }

    @Override
    public Instant instant() {
      return ClockUtil.now().toInstant();
    }
  }
}
