package org.partyaffairs.workforce.certification;

import java.time.Clock;
import org.partyaffairs.workforce.exchange.WorkerExchanged;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A certified worker moved to another post is reported to the city (002: 建立职务变动报告制度，持证的…党务工作者
 * 岗位调整的，及时向上级党组织和县（市、区）委组织部备案): heard in the moving transaction, kept once per move on
 * the certificate and in the worker's trail; the city office reads it with the certificate.
 */
@Component
class PositionChangeReports {

  private final CertificateRepository certificates;
  private final PositionChangeRepository changes;
  private final WorkerRepository workers;
  private final Trail trail;
  private final Clock clock;

  PositionChangeReports(CertificateRepository certificates, PositionChangeRepository changes, WorkerRepository workers,
      Trail trail, Clock clock) {
    this.certificates = certificates;
    this.changes = changes;
    this.workers = workers;
    this.trail = trail;
    this.clock = clock;
  }

  @EventListener
  @Transactional
  public void on(WorkerExchanged exchanged) {
    if (changes.existsByProcessInstanceIdAndWorkerId(exchanged.processInstanceId(), exchanged.workerId())) {
      return;
    }
    certificates.findFirstByWorkerIdAndStatusInOrderByIdDesc(exchanged.workerId(), CertificationService.IN_FORCE)
        .ifPresent(certificate -> {
          changes.save(new PositionChange(certificate.getId(), exchanged.workerId(), exchanged.fromPostId(),
              exchanged.toPostId(), clock.instant(), exchanged.processInstanceId()));
          trail.record(workers.findById(exchanged.workerId()).orElseThrow(), "CERTIFIED_POSITION_REPORTED",
              "持证（" + certificate.getLevel().label() + "，" + certificate.getNumber() + "）工作者岗位调整，已报市委“两新”工委办公室备案",
              "system", exchanged.processInstanceId(), Article.JIANGSU_CERTIFICATION);
        });
  }
}
