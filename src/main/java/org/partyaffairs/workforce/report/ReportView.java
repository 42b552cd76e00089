package org.partyaffairs.workforce.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One report as the API answers it and the documents print it: the record and its kept figures. */
record ReportView(Long id, String town, String townName, String halfYear, String halfYearLabel, String businessKey,
    String status, String statusLabel, String processInstanceId, String startedBy, String startedAt,
    String assessment, String writtenBy, String writtenAt, int round, String returnReason, String reviewedBy,
    String reviewedAt, String submittedAt, String receivedBy, String receivedAt, String receiptNote,
    String xlsx, String pdf, HalfYearFigures figures) {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  static ReportView of(HalfYearReport report, HalfYearFigures figures, ZoneId zone) {
    return new ReportView(report.getId(), report.getTownCode(), figures.townName(), figures.halfYear(),
        figures.halfYearLabel(), report.businessKey(), report.getStatus().name(), report.getStatus().label(),
        report.getProcessInstanceId(), report.getStartedBy(), stamp(report.getStartedAt(), zone),
        report.getAssessment(), report.getWrittenBy(), stamp(report.getWrittenAt(), zone), report.getRoundNumber(),
        report.getReturnReason(), report.getReviewedBy(), stamp(report.getReviewedAt(), zone),
        stamp(report.getSubmittedAt(), zone), report.getReceivedBy(), stamp(report.getReceivedAt(), zone),
        report.getReceiptNote(), HalfYearReportController.xlsxPath(report.getId()),
        HalfYearReportController.pdfPath(report.getId()), figures);
  }

  private static String stamp(Instant at, ZoneId zone) {
    return at == null ? null : STAMP.format(at.atZone(zone));
  }
}
