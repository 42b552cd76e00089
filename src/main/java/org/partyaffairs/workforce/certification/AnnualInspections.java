package org.partyaffairs.workforce.certification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.partyaffairs.workforce.assessment.AnnualGrades;
import org.partyaffairs.workforce.assessment.AssessmentGraded;
import org.partyaffairs.workforce.rules.DecisionRecorder;
import org.partyaffairs.workforce.rules.facts.Grade;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 年检 after each annual assessment (002: 对获得资格等级证书的，结合年度考核实行年检; 对考核结果未达到“称职”的，取消当年度
 * “红领津贴”; 健全完善退出机制): when a certified worker's assessment is graded, the year's 红领津贴 is decided
 * by red-collar-allowance and the level's fate by certification-exit, on one row per certificate and
 * year; a grade below 称职 suspends the certificate's allowance for the year, a passing year restores
 * it, an exit ground withdraws the level. Heard in the grading transaction; a re-graded year is
 * decided again on the same row.
 */
@Component
class AnnualInspections {

  /**
   * The activity named on the 年检's decision records: the grading step of the assessment that
   * published the event is the assessment's, not a step of a certification model.
   */
  static final String ACTIVITY = "AnnualInspection";

  private static final Map<String, String> ALLOWANCE_REASONS = Map.of("BELOW_QUALIFIED",
      "年度考核未达到称职（合格），取消当年度红领津贴");
  private static final Map<String, String> EXIT_REASONS = Map.of("GRADE_FAIL", "年度考核不合格（不称职）",
      "BASIC_YEARS_RUNNING", "连续基本合格（基本称职）");

  private final CertificateRepository certificates;
  private final CertificateInspectionRepository inspections;
  private final WorkerRepository workers;
  private final AnnualGrades grades;
  private final DecisionRecorder recorder;
  private final Trail trail;
  private final Clock clock;

  AnnualInspections(CertificateRepository certificates, CertificateInspectionRepository inspections,
      WorkerRepository workers, AnnualGrades grades, DecisionRecorder recorder, Trail trail, Clock clock) {
    this.certificates = certificates;
    this.inspections = inspections;
    this.workers = workers;
    this.grades = grades;
    this.recorder = recorder;
    this.trail = trail;
    this.clock = clock;
  }

  @EventListener
  @Transactional
  public void on(AssessmentGraded graded) {
    Optional<Certificate> held = certificates.findFirstByWorkerIdAndStatusInOrderByIdDesc(graded.workerId(),
        CertificationService.IN_FORCE).filter(certificate -> certificate.getIssuedOn().getYear() <= graded.year());
    if (held.isEmpty()) {
      return;
    }
    inspect(held.get(), graded.year(), graded.grade(), graded.gradeLabel(),
        graded.processInstanceId() == null ? "none" : graded.processInstanceId());
  }

  CertificateInspection inspect(Certificate certificate, int year, Grade grade, String gradeLabel,
      String processInstanceId) {
    String subject = certificate.getWorkerId().toString();
    Map<String, Object> allowance = recorder.decide("red-collar-allowance",
        Map.of("level", certificate.getLevel().name(), "grade", grade.name()), "workerId", subject, processInstanceId,
        ACTIVITY).result().answer();
    Map<String, String> history = new TreeMap<>();
    grades.of(certificate.getWorkerId()).forEach((past, pastGrade) -> history.put(past.toString(), pastGrade.name()));
    history.put(Integer.toString(year), grade.name());
    Map<String, Object> exit = recorder.decide("certification-exit", Map.of("grades", history, "year", year),
        "workerId", subject, processInstanceId, ACTIVITY).result().answer();
    long yuan = ((Number) allowance.get("allowance")).longValue();
    boolean withdraw = Boolean.TRUE.equals(exit.get("withdraw"));
    CertificateInspection inspection = inspections.findByCertificateIdAndYear(certificate.getId(), year)
        .orElseGet(() -> new CertificateInspection(certificate.getId(), certificate.getWorkerId(), year));
    inspection.decided(grade, gradeLabel, yuan, codes(allowance.get("reasons")), withdraw, codes(exit.get("reasons")),
        clock.instant());
    inspections.save(inspection);
    Worker worker = workers.findById(certificate.getWorkerId()).orElseThrow();
    String outcome;
    if (withdraw) {
      certificate.withdraw(exitReasonText(inspection.getExitReasons()), clock.instant());
      outcome = "取消" + certificate.getLevel().label() + "资格（" + exitReasonText(inspection.getExitReasons()) + "）";
    } else if (yuan == 0) {
      if (certificate.getStatus() == CertificateStatus.ISSUED) {
        certificate.suspend(year + "年度考核" + gradeLabel + "，停发当年度红领津贴", clock.instant());
      }
      outcome = "保留" + certificate.getLevel().label() + "资格，取消当年度红领津贴";
    } else {
      if (certificate.getStatus() == CertificateStatus.SUSPENDED) {
        certificate.reinstate(clock.instant());
      }
      outcome = "年检合格，当年度红领津贴 " + yuan + " 元";
    }
    trail.record(worker, withdraw ? "CERTIFICATE_WITHDRAWN" : "CERTIFICATE_INSPECTED", year + "年度年检（证书 "
        + certificate.getNumber() + "，年度考核" + gradeLabel + "）：" + outcome, "system", processInstanceId,
        withdraw ? Article.JIANGSU_CERTIFICATION : Article.JIANGSU_ALLOWANCE);
    return inspection;
  }

  static String allowanceReasonText(String codes) {
    return text(codes, ALLOWANCE_REASONS);
  }

  static String exitReasonText(String codes) {
    return text(codes, EXIT_REASONS);
  }

  private static String text(String codes, Map<String, String> words) {
    if (codes == null || codes.isBlank()) {
      return null;
    }
    return List.of(codes.split(",")).stream().map(code -> words.getOrDefault(code, code)).collect(Collectors.joining("、"));
  }

  private static String codes(Object reasons) {
    return reasons instanceof List<?> list ? list.stream().map(Object::toString).collect(Collectors.joining(",")) : "";
  }
}
