package org.partyaffairs.workforce.dossier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.document.Download;
import org.partyaffairs.workforce.dossier.Dossier.Line;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.web.Pages;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A worker's dossier as JSON (its timeline a page at a time), as PDF and XLSX, and the filing sheets
 * of their resignation, dismissal and disqualified probation, and the notice of their hire. Visibility is the worker record's: the town's groups, the
 * city, the worker themself; any other worker, or an unknown one, is 404.
 */
@Tag(name = "档案", description = "工作者档案与备案表（001 第十八条(五)、002）")
@RestController
@RequestMapping("/api/workers/{id}")
class DossierController {

  static final int MAX_PAGE_SIZE = 200;

  /** The dossier with one page of its timeline; {@code X-Total-Count} counts the whole timeline. */
  record DossierPage(Dossier.Facts facts, List<Dossier.Application> inFlight, List<Dossier.AssessmentYear> assessments,
      List<Dossier.AbsenceYear> absences, List<Dossier.WarningRecord> warnings, List<Dossier.Filing> filings,
      List<org.partyaffairs.workforce.training.TrainingRecords.TrainingRecord> trainings, int page, int size, int timelineTotal, List<Line> timeline) {
  }

  private final DossierService dossiers;
  private final FilingSheets filingSheets;
  private final WorkforceProperties properties;
  private final Clock clock;

  DossierController(DossierService dossiers, FilingSheets filingSheets, WorkforceProperties properties, Clock clock) {
    this.dossiers = dossiers;
    this.filingSheets = filingSheets;
    this.properties = properties;
    this.clock = clock;
  }

  @Operation(summary = "工作者档案：基本情况、在办事项与办理经过（分页）")
  @GetMapping("/dossier")
  ResponseEntity<DossierPage> dossier(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (page < 0) {
      throw new InvalidRequestException("页码（page）不能小于 0");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidRequestException("每页条数（size）须在 1 到 " + MAX_PAGE_SIZE + " 之间");
    }
    Dossier dossier = dossiers.of(id);
    List<Line> timeline = dossier.timeline();
    long from = Math.min((long) page * size, timeline.size());
    List<Line> slice = timeline.subList((int) from, (int) Math.min(from + size, timeline.size()));
    return ResponseEntity.ok().header(Pages.TOTAL, Integer.toString(timeline.size()))
        .body(new DossierPage(dossier.facts(), dossier.inFlight(), dossier.assessments(), dossier.absences(),
            dossier.warnings(), dossier.filings(), dossier.trainings(), page, size, timeline.size(), slice));
  }

  @Operation(summary = "工作者档案 PDF（A4，嵌入中文字体）")
  @GetMapping("/dossier.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    DossierPrint print = new DossierPrint(dossiers.of(id), properties.zone());
    return Download.pdf(print.pdf(clock.instant()), print.fileName());
  }

  @Operation(summary = "工作者档案 Excel（每节一页）")
  @GetMapping("/dossier.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long id) {
    DossierPrint print = new DossierPrint(dossiers.of(id), properties.zone());
    return Download.xlsx(print.xlsx(), print.fileName());
  }

  @Operation(summary = "辞职备案表 PDF（000 第十六条）")
  @GetMapping("/filings/resignation.pdf")
  ResponseEntity<byte[]> resignationSheet(@PathVariable long id) {
    FilingSheets.Sheet sheet = filingSheets.resignation(id);
    return Download.pdf(sheet.pdf(), sheet.fileName());
  }

  @Operation(summary = "解聘备案表 PDF（000 第十五条、001 第十九条）")
  @GetMapping("/filings/dismissal.pdf")
  ResponseEntity<byte[]> dismissalSheet(@PathVariable long id) {
    FilingSheets.Sheet sheet = filingSheets.dismissal(id);
    return Download.pdf(sheet.pdf(), sheet.fileName());
  }

  @Operation(summary = "试用期取消资格备案表 PDF（001 第六条）")
  @GetMapping("/filings/probation.pdf")
  ResponseEntity<byte[]> probationSheet(@PathVariable long id) {
    FilingSheets.Sheet sheet = filingSheets.probation(id);
    return Download.pdf(sheet.pdf(), sheet.fileName());
  }

  @Operation(summary = "聘用通知书 PDF（000 第六条、001 第六条）")
  @GetMapping("/filings/appointment.pdf")
  ResponseEntity<byte[]> appointmentNotice(@PathVariable long id) {
    FilingSheets.Sheet sheet = filingSheets.appointment(id);
    return Download.pdf(sheet.pdf(), sheet.fileName());
  }
}
