package org.partyaffairs.workforce.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.AuthorizationException;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.document.Download;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The half-yearly reports over HTTP: one report (JSON, XLSX, PDF) for its town and the city, and every
 * town side by side for a half year (JSON, XLSX, PDF) — the city all towns, a town its own, workers none.
 */
@Tag(name = "半年报告", description = "区镇向市里的半年书面报告（001 第十五条）")
@RestController
class HalfYearReportController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String BASE = "/api/reports/half-year";

  private final HalfYearReports reports;
  private final CurrentActor currentActor;
  private final Clock clock;
  private final WorkforceProperties properties;

  HalfYearReportController(HalfYearReports reports, CurrentActor currentActor, Clock clock,
      WorkforceProperties properties) {
    this.reports = reports;
    this.currentActor = currentActor;
    this.clock = clock;
    this.properties = properties;
  }

  /** Where a report's workbook is downloaded: the link on its task forms. */
  static String xlsxPath(Long id) {
    return BASE + "/" + id + ".xlsx";
  }

  /** Where a report's PDF is opened: the link on its task forms. */
  static String pdfPath(Long id) {
    return BASE + "/" + id + ".pdf";
  }

  @Operation(summary = "一份半年报告")
  @GetMapping(BASE + "/{id}")
  ReportView report(@PathVariable long id) {
    return reports.one(currentActor.get(), id);
  }

  @Operation(summary = "一份半年报告（Excel）")
  @GetMapping(BASE + "/{id}.xlsx")
  ResponseEntity<byte[]> reportWorkbook(@PathVariable long id) {
    ReportView report = reports.one(currentActor.get(), id);
    return file(HalfYearReportWorkbook.report(report),
        "半年报告-" + report.townName() + "-" + report.halfYearLabel() + ".xlsx");
  }

  @Operation(summary = "一份半年报告（PDF，含图表）")
  @GetMapping(BASE + "/{id}.pdf")
  ResponseEntity<byte[]> reportPdf(@PathVariable long id) {
    ReportView report = reports.one(currentActor.get(), id);
    return Download.pdf(HalfYearReportPdf.report(report), "半年报告-" + report.townName() + "-" + report.halfYearLabel());
  }

  @Operation(summary = "各区镇同一半年的数据并列（市委\"两新\"工委）")
  @GetMapping(BASE)
  SideBySideView sideBySide(@RequestParam(name = "half", required = false) String half) {
    return reports.sideBySide(reader(), halfYear(half));
  }

  @Operation(summary = "各区镇同一半年的数据并列（Excel）")
  @GetMapping(BASE + ".xlsx")
  ResponseEntity<byte[]> sideBySideWorkbook(@RequestParam(name = "half", required = false) String half) {
    SideBySideView view = reports.sideBySide(reader(), halfYear(half));
    return file(HalfYearReportWorkbook.sideBySide(view), "半年报告汇总-" + view.halfYearLabel() + ".xlsx");
  }

  @Operation(summary = "各区镇同一半年的数据并列（PDF）")
  @GetMapping(BASE + ".pdf")
  ResponseEntity<byte[]> sideBySidePdf(@RequestParam(name = "half", required = false) String half) {
    SideBySideView view = reports.sideBySide(reader(), halfYear(half));
    return Download.pdf(HalfYearReportPdf.sideBySide(view), "半年报告汇总-" + view.halfYearLabel());
  }

  private Actor reader() {
    Actor actor = currentActor.get();
    if (!HalfYearReports.readsReports(actor)) {
      throw new AuthorizationException("工作者不能查看区镇的半年报告");
    }
    return actor;
  }

  /** The half year asked for: required, and one that has begun. */
  private HalfYear halfYear(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException("请用参数 half 指定半年度，例如 half=2026-H1");
    }
    HalfYear half = HalfYear.parse(value);
    LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
    if (half.firstDay().isAfter(today)) {
      throw new InvalidRequestException(half.label() + "尚未开始，没有半年报告");
    }
    return half;
  }

  private static ResponseEntity<byte[]> file(byte[] content, String name) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(content);
  }
}
