package org.partyaffairs.workforce.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the 即将到期 filters on today's working days: just after every hour, in
 * {@code workforce.zone} (so just after midnight there too), and at every start through
 * {@link IdentitySetup}. Hourly rather than daily so that a node down at midnight, or a clock moved,
 * is caught up within the hour; a run that finds the horizon current writes nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DueSoonFilterRefresh {

  private final TasklistFilters filters;

  DueSoonFilterRefresh(TasklistFilters filters) {
    this.filters = filters;
  }

  @Scheduled(cron = "5 0 * * * *", zone = "${workforce.zone}")
  void refresh() {
    filters.refreshDueSoon();
  }
}
