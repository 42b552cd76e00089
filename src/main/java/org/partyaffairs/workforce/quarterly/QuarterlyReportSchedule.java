package org.partyaffairs.workforce.quarterly;

import java.time.LocalDate;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.organisation.OrganisationUnit;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.shared.Quarter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Starts each quarter's reports (001 第十八条(三)) in every town: just after midnight in
 * {@code workforce.zone} on every day from the quarter's first day to its due day, so that a node
 * down on the 1st, or a worker who came into service in the first days, is caught up; every run after
 * the first finds the reports there and starts nothing. Every node runs it; the unique key of
 * {@code quarterly_report} keeps it to one report per worker and quarter. Off with
 * {@code workforce.quarterly.scheduler=false} (the tests start quarters themselves). A town's failure
 * is logged and the other towns go on; the next day tries again.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "workforce.quarterly.scheduler", havingValue = "true", matchIfMissing = true)
class QuarterlyReportSchedule {

  private static final Logger log = LoggerFactory.getLogger(QuarterlyReportSchedule.class);

  private final QuarterlyReportStarts starts;
  private final QuarterlyReportService service;
  private final OrganisationUnitRepository units;
  private final WorkingDays workingDays;

  QuarterlyReportSchedule(QuarterlyReportStarts starts, QuarterlyReportService service,
      OrganisationUnitRepository units, WorkingDays workingDays) {
    this.starts = starts;
    this.service = service;
    this.units = units;
    this.workingDays = workingDays;
  }

  @Scheduled(cron = "${workforce.quarterly.start-cron:0 10 0 * * *}", zone = "${workforce.zone}")
  void startQuarter() {
    LocalDate today = workingDays.today();
    Quarter quarter = Quarter.of(today);
    if (today.isAfter(service.dueDayOf(quarter))) {
      return; // past the quarter's due day: a late start is the city office's, by hand
    }
    for (OrganisationUnit town : units.towns()) {
      try {
        starts.start(town.getCode(), quarter);
      } catch (RuntimeException e) {
        log.warn("Quarter {} not started in {}: {}", quarter, town.getCode(), e.getMessage());
      }
    }
  }
}
