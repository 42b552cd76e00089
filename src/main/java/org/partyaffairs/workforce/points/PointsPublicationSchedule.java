package org.partyaffairs.workforce.points;

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
 * Publishes every town's standings of the quarter just ended (004 附件1 二、考核流程: 每季度至少进行一次公布): just
 * after midnight in {@code workforce.zone} on each of the first ten days of a quarter, so that a node
 * down on the 1st is caught up; a town already published is skipped. Off with
 * {@code workforce.points.scheduler=false} (the tests publish quarters themselves). A town's failure is
 * logged and the other towns go on; the next day tries again.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "workforce.points.scheduler", havingValue = "true", matchIfMissing = true)
class PointsPublicationSchedule {

  private static final Logger log = LoggerFactory.getLogger(PointsPublicationSchedule.class);
  /** The days at the start of a quarter on which the last one is published (a demo value). */
  private static final int CATCH_UP_DAYS = 10;

  private final PointsPublications publications;
  private final OrganisationUnitRepository units;
  private final WorkingDays workingDays;

  PointsPublicationSchedule(PointsPublications publications, OrganisationUnitRepository units,
      WorkingDays workingDays) {
    this.publications = publications;
    this.units = units;
    this.workingDays = workingDays;
  }

  @Scheduled(cron = "${workforce.points.publish-cron:0 20 0 * * *}", zone = "${workforce.zone}")
  void publishLastQuarter() {
    LocalDate today = workingDays.today();
    Quarter current = Quarter.of(today);
    if (today.isAfter(current.firstDay().plusDays(CATCH_UP_DAYS - 1))) {
      return;
    }
    Quarter last = current.previous();
    for (OrganisationUnit town : units.towns()) {
      if (publications.published(PointsPublicationProcessVariables.businessKey(town.getCode(), last))) {
        continue;
      }
      try {
        publications.start(town.getCode(), last);
      } catch (RuntimeException e) {
        log.warn("Points standings {} not published in {}: {}", last.code(), town.getCode(), e.getMessage());
      }
    }
  }
}
