package org.partyaffairs.workforce.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.assessment.AssessmentGraded;
import org.partyaffairs.workforce.exchange.ExchangeFixtures;
import org.partyaffairs.workforce.exchange.WorkerExchanged;
import org.partyaffairs.workforce.rules.facts.CertificationLevel;
import org.partyaffairs.workforce.rules.facts.Grade;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 年检 (002: 对获得资格等级证书的，结合年度考核实行年检; 对考核结果未达到“称职”的，取消当年度“红领津贴”; 健全完善退出机制) as the
 * assessment's {@code AssessmentGraded} reaches it, and the report of a certified worker's move
 * (建立职务变动报告制度) as the exchange's {@code WorkerExchanged} does: both heard in the publishing
 * transaction, as the assessment and the exchange publish them.
 */
@IntegrationTest
class AnnualInspectionTest {

  @Autowired People people;
  @Autowired CertificationFixtures fixtures;
  @Autowired ExchangeFixtures history;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired CertificateRepository certificates;
  @Autowired CertificateInspectionRepository inspections;
  @Autowired PositionChangeRepository changes;
  @Autowired Trail trail;

  @Test
  void aQualifiedYearPaysTheLevelsAllowanceAndKeepsTheCertificate() {
    Worker worker = people.activeWorker("kfq", "年检称职");
    Certificate certificate = fixtures.certificate(worker, CertificationLevel.INTERMEDIATE, LocalDate.of(2025, 12, 1));

    graded(worker, 2026, "称职");

    CertificateInspection inspection = inspections.findByCertificateIdAndYear(certificate.getId(), 2026).orElseThrow();
    assertThat(inspection.getAllowance()).as("中级, demo amount").isEqualTo(3600);
    assertThat(inspection.getGrade()).isEqualTo(Grade.QUALIFIED);
    assertThat(inspection.isWithdrawn()).isFalse();
    assertThat(certificates.findById(certificate.getId()).orElseThrow().getStatus()).isEqualTo(CertificateStatus.ISSUED);
    assertThat(lastTrail(worker).getDetail()).contains("2026年度年检", "年检合格，当年度红领津贴 3600 元");
    assertThat(lastTrail(worker).getArticle()).isEqualTo("002 专属待遇保障");
  }

  @Test
  void aGradeBelowQualifiedSuspendsTheAllowanceAndAPassingYearRestoresIt() {
    Worker worker = people.activeWorker("kfq", "年检基本");
    Certificate certificate = fixtures.certificate(worker, CertificationLevel.PRIMARY, LocalDate.of(2025, 1, 10));

    graded(worker, 2025, "基本合格");

    CertificateInspection suspended = inspections.findByCertificateIdAndYear(certificate.getId(), 2025).orElseThrow();
    assertThat(suspended.getAllowance()).isZero();
    assertThat(suspended.getAllowanceReasons()).isEqualTo("BELOW_QUALIFIED");
    assertThat(suspended.isWithdrawn()).as("one 基本合格 year is not an exit ground").isFalse();
    assertThat(certificates.findById(certificate.getId()).orElseThrow().getStatus())
        .isEqualTo(CertificateStatus.SUSPENDED);
    assertThat(lastTrail(worker).getDetail()).contains("保留初级资格，取消当年度红领津贴");

    graded(worker, 2026, "优秀");

    assertThat(inspections.findByCertificateIdAndYear(certificate.getId(), 2026).orElseThrow().getAllowance())
        .isEqualTo(2400);
    assertThat(certificates.findById(certificate.getId()).orElseThrow().getStatus()).isEqualTo(CertificateStatus.ISSUED);
  }

  @Test
  void aFailingGradeWithdrawsTheLevelAndATwiceBasicWorkerLosesItToo() {
    Worker failing = people.activeWorker("kfq", "年检不称职");
    Certificate lost = fixtures.certificate(failing, CertificationLevel.SENIOR, LocalDate.of(2025, 6, 1));
    graded(failing, 2026, "不称职");

    assertThat(certificates.findById(lost.getId()).orElseThrow().getStatus()).isEqualTo(CertificateStatus.WITHDRAWN);
    assertThat(inspections.findByCertificateIdAndYear(lost.getId(), 2026).orElseThrow().getExitReasons())
        .isEqualTo("GRADE_FAIL");
    assertThat(lastTrail(failing).getEvent()).isEqualTo("CERTIFICATE_WITHDRAWN");
    assertThat(lastTrail(failing).getArticle()).isEqualTo("002 专职资格认证");

    Worker basic = people.activeWorker("kfq", "连续基本");
    history.graded(basic, Map.of(2004, "BASIC"));
    Certificate twice = fixtures.certificate(basic, CertificationLevel.PRIMARY, LocalDate.of(2004, 1, 5));
    graded(basic, 2005, "基本合格");

    assertThat(certificates.findById(twice.getId()).orElseThrow().getStatus()).isEqualTo(CertificateStatus.WITHDRAWN);
    assertThat(lastTrail(basic).getDetail()).contains("连续基本合格（基本称职）");
  }

  @Test
  void theSameYearGradedAgainIsDecidedAgainOnOneRow() {
    Worker worker = people.activeWorker("kfq", "年检重评");
    Certificate certificate = fixtures.certificate(worker, CertificationLevel.PRIMARY, LocalDate.of(2025, 3, 1));
    graded(worker, 2026, "基本合格");
    graded(worker, 2026, "合格");

    assertThat(inspections.findByCertificateIdOrderByYear(certificate.getId())).singleElement()
        .satisfies(inspection -> assertThat(inspection.getAllowance()).isEqualTo(2400));
    assertThat(certificates.findById(certificate.getId()).orElseThrow().getStatus()).isEqualTo(CertificateStatus.ISSUED);
  }

  @Test
  void workersWithoutACertificateOrCertifiedAfterTheYearHaveNoInspection() {
    Worker none = people.activeWorker("kfq", "无证");
    graded(none, 2026, "优秀");
    Worker later = people.activeWorker("kfq", "次年发证");
    Certificate certificate = fixtures.certificate(later, CertificationLevel.PRIMARY, LocalDate.of(2026, 1, 5));
    graded(later, 2025, "不合格");

    assertThat(inspections.findByCertificateIdOrderByYear(certificate.getId())).isEmpty();
    assertThat(certificates.findById(certificate.getId()).orElseThrow().getStatus()).isEqualTo(CertificateStatus.ISSUED);
  }

  @Test
  void aCertifiedWorkersMoveIsReportedToTheCityOnceAndAnUncertifiedOneIsNot() {
    Worker certified = people.activeWorker("kfq", "持证交流");
    Certificate certificate = fixtures.certificate(certified, CertificationLevel.PRIMARY, LocalDate.of(2025, 3, 1));
    WorkerExchanged moved = new WorkerExchanged(certified.getId(), "kfq", 11L, 12L, "exchange-" + certified.getId());
    transaction.executeWithoutResult(status -> events.publishEvent(moved));
    transaction.executeWithoutResult(status -> events.publishEvent(moved));

    assertThat(changes.findByCertificateIdOrderById(certificate.getId())).singleElement().satisfies(change -> {
      assertThat(change.getFromPostId()).isEqualTo(11L);
      assertThat(change.getToPostId()).isEqualTo(12L);
    });
    assertThat(lastTrail(certified).getDetail()).contains("持证（初级", "岗位调整，已报市委“两新”工委办公室备案");

    Worker uncertified = people.activeWorker("kfq", "无证交流");
    long before = changes.count();
    transaction.executeWithoutResult(status -> events.publishEvent(
        new WorkerExchanged(uncertified.getId(), "kfq", 13L, 14L, "exchange-" + uncertified.getId())));
    assertThat(changes.count()).isEqualTo(before);
  }

  private void graded(Worker worker, int year, String label) {
    transaction.executeWithoutResult(status -> events.publishEvent(
        new AssessmentGraded(worker.getId(), year, GradeOfLabel.of(label), label, "assessment-" + worker.getId() + "-" + year)));
  }

  private TrailEntry lastTrail(Worker worker) {
    var entries = trail.of(worker);
    return entries.get(entries.size() - 1);
  }
}
