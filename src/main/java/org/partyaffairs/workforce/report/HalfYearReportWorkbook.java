package org.partyaffairs.workforce.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partyaffairs.workforce.report.HalfYearFigures.Count;

/**
 * The report as an Excel workbook: a town's report (概况 with the written assessment and the review,
 * then one sheet per section of figures), and the city's side-by-side of every town (one sheet per
 * section, one column per town). Numbers are numeric cells, so the city can sum and sort them.
 */
final class HalfYearReportWorkbook {

  private HalfYearReportWorkbook() {
  }

  /** One town's report, with what its people wrote and who did what. */
  static byte[] report(ReportView report) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle bold = bold(workbook);
      HalfYearFigures figures = report.figures();
      Sheet overview = workbook.createSheet("概况");
      int row = 0;
      row = line(overview, row, bold, "党建专干履职情况半年报告", null);
      row = line(overview, row, null, "依据", "001 第十五条：区县委组织部每半年书面向市委组织部报告一次党建专干履职情况");
      row = line(overview, row, null, "区镇", figures.townName());
      row = line(overview, row, null, "半年度", figures.halfYearLabel());
      row = line(overview, row, null, "统计期间", figures.periodStart() + " 至 " + figures.periodEnd());
      row = line(overview, row, null, "数据汇总时间", figures.compiledAt());
      row = line(overview, row, null, "业务键", report.businessKey());
      row = line(overview, row, null, "状态", report.statusLabel());
      row = line(overview, row, null, "履职情况评价", report.assessment());
      row = line(overview, row, null, "撰写", who(report.writtenBy(), report.writtenAt()));
      row = line(overview, row, null, "审核", who(report.reviewedBy(), report.reviewedAt())
          + (report.returnReason() == null ? "" : "，退回理由：" + report.returnReason()));
      row = line(overview, row, null, "报送市委", report.submittedAt() == null ? "" : report.submittedAt());
      line(overview, row, null, "市委接收", who(report.receivedBy(), report.receivedAt())
          + (report.receiptNote() == null ? "" : "，" + report.receiptNote()));
      overview.setColumnWidth(0, 16 * 256);
      overview.setColumnWidth(1, 80 * 256);
      FigureSections.of(figures).forEach((title, counts) -> {
        Sheet sheet = workbook.createSheet(title);
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue(title.equals("考核等次") ? FigureSections.campaignOf(figures) : "项目");
        header.createCell(1).setCellValue("数量");
        header.getCell(0).setCellStyle(bold);
        header.getCell(1).setCellStyle(bold);
        int next = 1;
        for (Count count : counts) {
          Row line = sheet.createRow(next++);
          line.createCell(0).setCellValue(count.label());
          line.createCell(1).setCellValue(count.count());
        }
        sheet.setColumnWidth(0, 30 * 256);
      });
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every town side by side: one sheet per section, a row per figure, a column per town. */
  static byte[] sideBySide(SideBySideView view) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle bold = bold(workbook);
      Sheet overview = workbook.createSheet("各区镇报送情况");
      Row top = overview.createRow(0);
      String[] headings = {"区镇", "状态", "业务键", "数据汇总时间", "履职情况评价"};
      for (int i = 0; i < headings.length; i++) {
        top.createCell(i).setCellValue(headings[i]);
        top.getCell(i).setCellStyle(bold);
      }
      int next = 1;
      for (SideBySideView.TownColumn town : view.towns()) {
        Row line = overview.createRow(next++);
        line.createCell(0).setCellValue(town.townName());
        line.createCell(1).setCellValue(town.statusLabel());
        line.createCell(2).setCellValue(town.businessKey() == null ? "" : town.businessKey());
        line.createCell(3).setCellValue(town.figures() == null ? "" : town.figures().compiledAt());
        line.createCell(4).setCellValue(town.assessment() == null ? "" : town.assessment());
      }
      overview.setColumnWidth(0, 18 * 256);
      overview.setColumnWidth(1, 20 * 256);
      overview.setColumnWidth(2, 28 * 256);
      overview.setColumnWidth(4, 60 * 256);

      List<SideBySideView.TownColumn> reported = view.towns().stream().filter(town -> town.figures() != null).toList();
      Map<String, Map<String, int[]>> sections = SideBySide.sections(reported);
      sections.forEach((title, rows) -> {
        Sheet sheet = workbook.createSheet(title);
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("项目");
        header.getCell(0).setCellStyle(bold);
        for (int column = 0; column < reported.size(); column++) {
          header.createCell(column + 1).setCellValue(reported.get(column).townName());
          header.getCell(column + 1).setCellStyle(bold);
        }
        int line = 1;
        for (Map.Entry<String, int[]> figure : rows.entrySet()) {
          Row row = sheet.createRow(line++);
          row.createCell(0).setCellValue(figure.getKey());
          for (int column = 0; column < reported.size(); column++) {
            row.createCell(column + 1).setCellValue(figure.getValue()[column]);
          }
        }
        sheet.setColumnWidth(0, 30 * 256);
      });
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int line(Sheet sheet, int row, CellStyle style, String label, String value) {
    Row line = sheet.createRow(row);
    line.createCell(0).setCellValue(label);
    if (style != null) {
      line.getCell(0).setCellStyle(style);
    }
    if (value != null) {
      line.createCell(1).setCellValue(value);
    }
    return row + 1;
  }

  private static String who(String user, String at) {
    return user == null ? "" : user + "（" + at + "）";
  }

  private static CellStyle bold(Workbook workbook) {
    Font font = workbook.createFont();
    font.setBold(true);
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    return style;
  }

  private static byte[] bytes(Workbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }
}
