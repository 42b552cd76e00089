package org.partyaffairs.workforce.dismissal;

import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.assessment.AssessmentGroundFound;
import org.partyaffairs.workforce.warning.WarningFailed;
import org.partyaffairs.workforce.worker.Article;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What other capabilities find that is a ground for dismissal (000 第十四条), heard as their events:
 * the ground is kept once per year, and the first time it is found a DismissalProcess starts
 * ({@link DismissalService#startFor}). Delivered synchronously in the publisher's transaction: the
 * ground, the started process and what the publisher wrote commit or roll back together.
 */
@Component
class DismissalTriggers {

  private final DismissalGrounds grounds;
  private final DismissalService dismissals;
  private final WorkforceProperties properties;

  DismissalTriggers(DismissalGrounds grounds, DismissalService dismissals, WorkforceProperties properties) {
    this.grounds = grounds;
    this.dismissals = dismissals;
    this.properties = properties;
  }

  /** A failed warning period cost the year's assessment (第十四条 4): dismissal under the city's rules. */
  @EventListener
  void on(WarningFailed failed) {
    if (grounds.record(failed.workerId(), "ELIGIBILITY_REVOKED", failed.year(),
        "告诫期满不合格，被取消年度考核资格（" + failed.warningKey() + "）", DismissalService.SYSTEM,
        failed.processInstanceId(), Article.KUNSHAN_14)) {
      dismissals.startFor(failed.workerId(), "告诫 " + failed.warningKey() + " 期满考核不合格：" + failed.evaluation(),
          properties.assessment().policy());
    }
  }

  /** An annual result that is a ground: dismissal under the campaign's rules. */
  @EventListener
  void on(AssessmentGroundFound found) {
    if (grounds.record(found.workerId(), found.ground(), found.year(), found.detail(), found.actor(),
        found.processInstanceId(), found.article())) {
      dismissals.startFor(found.workerId(), found.year() + " 年度考核：" + found.detail(), found.policy());
    }
  }
}
