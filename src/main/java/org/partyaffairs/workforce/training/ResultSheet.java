package org.partyaffairs.workforce.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.partyaffairs.workforce.document.UploadedWorkbook;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.training.ResultList.Field;
import org.partyaffairs.workforce.worker.Worker;

/**
 * A training's list as a spreadsheet: the template prefilled with workers (A 工作者编号, B 姓名, C
 * 区镇, locked), the city office fills D 是否参加 (是/否) and E 成绩 (0–100, only for a training with
 * a test); and the filled file read back into a {@link ResultList}, each cell judged and every
 * problem named by row and column. A row with D and E both empty is not on the list (skipped).
 */
final class ResultSheet {

  static final List<String> HEADERS = List.of("工作者编号", "姓名", "区镇", "是否参加", "成绩");
  static final int WORKER = 0;
  static final int NAME = 1;
  static final int ATTENDED = 3;
  static final int SCORE = 4;
  static final String YES = "是";
  static final String NO = "否";
  static final String WHAT = "培训名单";
  static final Map<Field, String> LETTERS = new EnumMap<>(Map.of(Field.WORKER, "A", Field.NAME, "B", Field.ATTENDED, "D",
      Field.SCORE, "E"));

  /** The file read: its list, the rows skipped, and the names column B gave by row (checked by the caller). */
  record Read(ResultList list, int skipped, Map<Integer, String> names) {
  }

  private ResultSheet() {
  }

  static byte[] template(Training training, List<Worker> workers, Map<String, String> townNames) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(WHAT);
      CellStyle header = book.createCellStyle();
      Font bold = book.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      CellStyle locked = book.createCellStyle();
      locked.setLocked(true);
      locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      CellStyle open = book.createCellStyle();
      open.setLocked(false);
      open.setBorderBottom(BorderStyle.THIN);
      open.setBorderTop(BorderStyle.THIN);
      open.setBorderLeft(BorderStyle.THIN);
      open.setBorderRight(BorderStyle.THIN);
      Row head = sheet.createRow(0);
      for (int c = 0; c < HEADERS.size(); c++) {
        Cell cell = head.createCell(c);
        cell.setCellValue(HEADERS.get(c));
        cell.setCellStyle(header);
      }
      int r = 1;
      for (Worker worker : workers) {
        Row row = sheet.createRow(r++);
        row.createCell(WORKER).setCellValue(worker.getId());
        row.createCell(NAME).setCellValue(worker.getName());
        row.createCell(2).setCellValue(townNames.getOrDefault(worker.getTownCode(), worker.getTownCode()));
        for (int c = 0; c < ATTENDED; c++) {
          row.getCell(c).setCellStyle(locked);
        }
        row.createCell(ATTENDED).setCellStyle(open);
        row.createCell(SCORE).setCellStyle(open);
      }
      if (!workers.isEmpty()) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        validation(sheet, helper.createExplicitListConstraint(new String[] {YES, NO}), ATTENDED, workers.size(),
            "请选择“是”或“否”");
        if (training.hasTest()) {
          validation(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100"),
              SCORE, workers.size(), "测试成绩，0 至 100，最多 1 位小数；合格分 "
                  + training.getPassMark().stripTrailingZeros().toPlainString());
        }
      }
      sheet.setColumnWidth(0, 12 * 256);
      sheet.setColumnWidth(1, 14 * 256);
      sheet.setColumnWidth(2, 20 * 256);
      sheet.setColumnWidth(3, 10 * 256);
      sheet.setColumnWidth(4, 10 * 256);
      sheet.createFreezePane(ATTENDED, 1);
      sheet.protectSheet("");
      notes(book.createSheet("填写说明"), training);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void validation(Sheet sheet, DataValidationConstraint constraint, int column, int rows,
      String prompt) {
    DataValidation validation = sheet.getDataValidationHelper().createValidation(constraint,
        new CellRangeAddressList(1, rows, column, column));
    validation.setShowErrorBox(true);
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.createErrorBox("输入有误", prompt);
    validation.setShowPromptBox(true);
    validation.createPromptBox(HEADERS.get(column), prompt);
    sheet.addValidationData(validation);
  }

  private static void notes(Sheet sheet, Training training) {
    sheet.setColumnWidth(0, 110 * 256);
    List<String> notes = List.of(
        training.getKind().label() + "《" + training.getTitle() + "》，" + training.getStartsOn() + " 至 "
            + training.getEndsOn() + "，主办：" + training.getOrganiser() + "（000 第十一条）",
        "在“" + WHAT + "”表的 D 列填写是否参加（是/否）" + (training.hasTest()
            ? "，E 列填写测试成绩（0–100，最多 1 位小数；合格分 " + training.getPassMark().stripTrailingZeros().toPlainString()
                + "；未参加者不填成绩）" : "；本次培训没有测试，E 列不填"),
        "D、E 列都不填的行不登记；A–C 列不要改动，不要使用公式。",
        "上传后整张名单一并校验：有一处错误，整张名单都不登记，并指出所在的行、列和原因。");
    int r = 0;
    for (String note : notes) {
      sheet.createRow(r++).createCell(0).setCellValue(note);
    }
  }

  /** The filled file as a list; a file that is not the template's is refused (400) before any row is judged. */
  static ResultList read(byte[] file) {
    UploadedWorkbook.Sheet sheet;
    try {
      sheet = UploadedWorkbook.firstSheet(file, TrainingService.MAX_LINES, WHAT);
    } catch (UploadedWorkbook.Unreadable e) {
      throw new InvalidRequestException(e.getMessage());
    }
    ResultList list = ResultList.spreadsheet(LETTERS);
    for (int c : List.of(WORKER, ATTENDED, SCORE)) {
      if (!HEADERS.get(c).equals(sheet.headers().get(c))) {
        throw new InvalidRequestException("第1行 " + UploadedWorkbook.letter(c) + "列应为「" + HEADERS.get(c)
            + "」：请使用下载的培训名单模板");
      }
    }
    for (UploadedWorkbook.Row row : sheet.rows()) {
      int number = row.number();
      UploadedWorkbook.Cell worker = row.cell(WORKER);
      UploadedWorkbook.Cell attended = row.cell(ATTENDED);
      UploadedWorkbook.Cell score = row.cell(SCORE);
      if (attended.isBlank() && score.isBlank()) {
        list.skipped++;
        continue;
      }
      int before = list.problems.size();
      Long workerId = null;
      if (unusable(list, number, Field.WORKER, worker)) {
        // named
      } else {
        workerId = wholeNumber(worker.text());
        if (workerId == null) {
          list.refuse(number, Field.WORKER, "工作者编号须为正整数，收到「" + worker.text().strip() + "」");
        }
      }
      Boolean present = null;
      if (!unusable(list, number, Field.ATTENDED, attended)) {
        String text = attended.text() == null ? "" : attended.text().strip();
        present = YES.equals(text) ? Boolean.TRUE : NO.equals(text) ? Boolean.FALSE : null;
        if (present == null) {
          list.refuse(number, Field.ATTENDED, text.isEmpty() ? "请填写是否参加（是/否）" : "是否参加须填“是”或“否”，收到「"
              + text + "」");
        }
      }
      BigDecimal value = null;
      if (!unusable(list, number, Field.SCORE, score) && !score.isBlank()) {
        try {
          value = new BigDecimal(fullWidthDigits(score.text().strip()));
        } catch (NumberFormatException e) {
          list.refuse(number, Field.SCORE, "成绩须为数字（0–100），收到「" + score.text().strip() + "」");
        }
      }
      if (list.problems.size() == before) {
        list.lines.add(new ResultList.Line(number, workerId, present, value));
        String name = row.cell(NAME).text();
        if (name != null && !name.isBlank()) {
          list.names.put(number, name.strip());
        }
      }
    }
    return list;
  }

  /** A formula or an error value is refused, never evaluated; true when the cell named a problem. */
  private static boolean unusable(ResultList list, int row, Field field, UploadedWorkbook.Cell cell) {
    if (cell.formula()) {
      list.refuse(row, field, "使用了公式：请直接填写数值");
      return true;
    }
    if (cell.error()) {
      list.refuse(row, field, "单元格为错误值「" + cell.text() + "」");
      return true;
    }
    if (field == Field.WORKER && cell.isBlank()) {
      list.refuse(row, field, "请填写工作者编号");
      return true;
    }
    return false;
  }

  /** 12 or 12.0 as Excel writes a whole number; null for anything else. */
  private static Long wholeNumber(String text) {
    try {
      BigDecimal number = new BigDecimal(fullWidthDigits(text.strip()));
      return number.signum() > 0 && number.stripTrailingZeros().scale() <= 0 ? number.longValueExact() : null;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** Full-width digits and point (１２．５), as a Chinese input method may type them. */
  private static String fullWidthDigits(String text) {
    StringBuilder plain = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      plain.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
    }
    return plain.toString();
  }
}
