package org.partyaffairs.workforce.certification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partyaffairs.workforce.document.Download;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.web.Refusal;
import org.partyaffairs.workforce.worker.VisibleWorkers;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Certification over HTTP (002 专职资格认证): the city office opens the year's round; a worker's
 * applications, certificates and 年检 are read under the visibility of the worker's record (others are
 * told the worker does not exist), and the certificate prints as a PDF.
 */
@Tag(name = "资格认证", description = "“两新”组织党务工作者资格认证、等级证书、年检（002 专职资格认证）")
@RestController
class CertificationController {

  static final String REFUSED = "只有市委“两新”工委办公室可以开启资格认证（002 专职资格认证）";

  record RoundRequest(Integer year, LocalDate deadline) {
  }

  record ApplicationView(String businessKey, int year, String currentLevel, String requestedLevel, String status,
      String statusLabel, Boolean eligible, String eligibility, String reviewNote, LocalDate visitedOn,
      BigDecimal panelScore, Boolean panelRecommended, String panelOpinion, String processInstanceId) {

    static ApplicationView of(CertificationApplication application) {
      return new ApplicationView(application.businessKey(), application.getRound().getYear(),
          label(application.getCurrentLevel()), label(application.getRequestedLevel()), application.getStatus().name(),
          application.getStatus().label(), application.getEligible(), CertificationService.eligibilityText(application),
          application.getReviewNote(), application.getVisitedOn(), application.getPanelScore(),
          application.getPanelRecommended(), application.getPanelOpinion(), application.getProcessInstanceId());
    }

    private static String label(org.partyaffairs.workforce.rules.facts.CertificationLevel level) {
      return level == null ? null : level.label();
    }
  }

  record InspectionView(int year, String grade, long allowance, String allowanceReason, boolean withdrawn,
      String exitReason) {
  }

  record CertificateView(Long id, String number, String level, String levelLabel, LocalDate issuedOn, String status,
      String statusLabel, String statusReason, List<InspectionView> inspections, int positionChanges) {
  }

  record WorkerCertification(Long workerId, String workerName, List<CertificateView> certificates,
      List<ApplicationView> applications) {
  }

  private final CertificationRounds rounds;
  private final CertificationService service;
  private final Certificates certificates;
  private final VisibleWorkers workers;
  private final CurrentActor currentActor;

  CertificationController(CertificationRounds rounds, CertificationService service, Certificates certificates,
      VisibleWorkers workers, CurrentActor currentActor) {
    this.rounds = rounds;
    this.service = service;
    this.certificates = certificates;
    this.workers = workers;
    this.currentActor = currentActor;
  }

  @Operation(summary = "开启本年度资格认证：为每名在岗工作者发起申报（市委“两新”工委办公室；已发起的不重复发起）")
  @PostMapping("/api/certification-rounds")
  ResponseEntity<Object> open(@RequestBody RoundRequest request) {
    Actor actor = currentActor.get();
    if (!actor.isMemberOf(Groups.CITY_OFFICE)) {
      Refusal.log(HttpStatus.FORBIDDEN.value(), REFUSED);
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", REFUSED));
    }
    return ResponseEntity.ok(rounds.open(actor, request.year(), request.deadline()));
  }

  @Operation(summary = "一名工作者的资格认证：等级证书、年检和历年申报（按工作者的可见范围）")
  @GetMapping("/api/workers/{workerId}/certification")
  WorkerCertification of(@PathVariable long workerId) {
    Worker worker = workers.get(workerId);
    return new WorkerCertification(worker.getId(), worker.getName(), certificates.views(worker.getId()),
        service.of(worker).stream().map(ApplicationView::of).toList());
  }

  @Operation(summary = "工作者现持等级证书（PDF，按工作者的可见范围；没有有效证书时 404）")
  @GetMapping("/api/workers/{workerId}/certificate.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long workerId) {
    Worker worker = workers.get(workerId);
    Certificates.Printed printed = certificates.print(worker);
    return Download.pdf(printed.body(), printed.fileName());
  }
}
