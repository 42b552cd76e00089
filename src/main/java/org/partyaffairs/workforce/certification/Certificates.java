package org.partyaffairs.workforce.certification;

import java.util.List;
import org.partyaffairs.workforce.document.PrintedDocument;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's certificates as the API shows them, and the certificate in force as a printable PDF
 * (002: 统一颁发等级证书; 认证等级在本市范围内通用). The caller has decided that the reader may see the worker.
 */
@Component
@Transactional(readOnly = true)
class Certificates {

  record Printed(byte[] body, String fileName) {
  }

  private final CertificateRepository certificates;
  private final CertificateInspectionRepository inspections;
  private final PositionChangeRepository changes;
  private final CertificationApplicationRepository applications;
  private final OrganisationUnitRepository units;

  Certificates(CertificateRepository certificates, CertificateInspectionRepository inspections,
      PositionChangeRepository changes, CertificationApplicationRepository applications,
      OrganisationUnitRepository units) {
    this.certificates = certificates;
    this.inspections = inspections;
    this.changes = changes;
    this.applications = applications;
    this.units = units;
  }

  List<CertificationController.CertificateView> views(Long workerId) {
    return certificates.findByWorkerIdOrderByIdDesc(workerId).stream().map(this::view).toList();
  }

  CertificationController.CertificateView view(Certificate certificate) {
    return new CertificationController.CertificateView(certificate.getId(), certificate.getNumber(),
        certificate.getLevel().name(), certificate.getLevel().label(), certificate.getIssuedOn(),
        certificate.getStatus().name(), certificate.getStatus().label(), certificate.getStatusReason(),
        inspections.findByCertificateIdOrderByYear(certificate.getId()).stream()
            .map(inspection -> new CertificationController.InspectionView(inspection.getYear(), inspection.getGradeLabel(),
                inspection.getAllowance(), AnnualInspections.allowanceReasonText(inspection.getAllowanceReasons()),
                inspection.isWithdrawn(), AnnualInspections.exitReasonText(inspection.getExitReasons())))
            .toList(),
        changes.findByCertificateIdOrderById(certificate.getId()).size());
  }

  /** The certificate in force; 404 in Chinese when the worker holds none. */
  Printed print(Worker worker) {
    Certificate certificate = certificates.findFirstByWorkerIdAndStatusInOrderByIdDesc(worker.getId(),
        CertificationService.IN_FORCE).orElseThrow(() -> new NotFoundException("工作者 " + worker.getName() + " 没有有效的等级证书"));
    String round = java.util.Optional.ofNullable(certificate.getApplicationId()).flatMap(applications::findById).map(found -> found.getRound().label())
        .orElse(certificate.getIssuedOn().getYear() + "年度");
    String town = units.getReferenceById(certificate.getTownCode()).getName();
    byte[] pdf = new PrintedDocument("“两新”组织党务工作者资格等级证书", "市委“两新”工委")
        .number("证书编号", certificate.getNumber())
        .fact("姓名", worker.getName())
        .fact("所在区镇", town)
        .fact("资格等级", certificate.getLevel().label())
        .fact("认证年度", round)
        .fact("发证日期", certificate.getIssuedOn())
        .fact("证书状态", certificate.getStatus().label())
        .section("认证")
        .paragraph(worker.getName() + "同志经个人申报、组织审核、培训测试、实地走访、综合评定和结果公示，认定为“两新”组织党务工作者"
            + certificate.getLevel().label() + "资格。认证等级在本市范围内通用，结合年度考核实行年检。")
        .footnote("依据：002《关于加强全省非公有制企业和社会组织党务工作者专业化建设的指导意见（试行）》专职资格认证。")
        .signatures("发证机关（盖章）")
        .toPdf();
    return new Printed(pdf, "等级证书-" + worker.getName() + "-" + certificate.getLevel().label() + ".pdf");
  }
}
