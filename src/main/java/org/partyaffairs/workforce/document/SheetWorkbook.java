package org.partyaffairs.workforce.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An XLSX of plain tables, one sheet each: a bold header row that stays in view, numbers as numbers,
 * everything else as text (never a formula: a value starting with = is written as text), columns
 * wide enough for Chinese. Sheet names are made legal for Excel (31 characters, no {@code []:*?/\})
 * and unique.
 */
public final class SheetWorkbook {

  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final int MAX_COLUMN_CHARS = 60;

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final CellStyle headerStyle;
  private final CellStyle textStyle;
  private final Set<String> names = new HashSet<>();

  public SheetWorkbook() {
    Font bold = workbook.createFont();
    bold.setBold(true);
    headerStyle = workbook.createCellStyle();
    headerStyle.setFont(bold);
    headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    textStyle = workbook.createCellStyle();
    textStyle.setWrapText(true);
    textStyle.setVerticalAlignment(VerticalAlignment.TOP);
  }

  /** Adds a sheet; returns the name it got (made legal and unique). */
  public String sheet(String name, List<String> headers, List<? extends List<?>> rows) {
    String sheetName = uniqueName(name);
    Sheet sheet = workbook.createSheet(sheetName);
    int[] widths = new int[headers.size()];
    Row head = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      Cell cell = head.createCell(c);
      cell.setCellValue(headers.get(c));
      cell.setCellStyle(headerStyle);
      widths[c] = displayWidth(headers.get(c));
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<?> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        Cell cell = row.createCell(c);
        Object value = values.get(c);
        if (value instanceof Number number && !(value instanceof BigDecimal big && big.scale() > 6)) {
          cell.setCellValue(number.doubleValue());
        } else {
          String text = value == null ? "" : value.toString();
          cell.setCellValue(text);
          cell.setCellStyle(textStyle);
          if (c < widths.length) {
            widths[c] = Math.max(widths[c], displayWidth(text));
          }
        }
      }
    }
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, Math.min(Math.max(widths[c], 6), MAX_COLUMN_CHARS) * 256 + 512);
    }
    sheet.createFreezePane(0, 1);
    return sheetName;
  }

  public byte[] toBytes() {
    try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("XLSX 生成失败", e);
    }
  }

  private String uniqueName(String wanted) {
    String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "表" : wanted, '_');
    String name = base;
    for (int i = 2; names.contains(name.toLowerCase()); i++) {
      String suffix = "(" + i + ")";
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    names.add(name.toLowerCase());
    return name;
  }

  /** Columns counted in Latin characters: a Chinese character is two. */
  private static int displayWidth(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); i++) {
      width += text.charAt(i) > 0x2E80 ? 2 : 1;
    }
    return width;
  }
}
