package org.partyaffairs.workforce.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A workbook read back with POI: its sheets, headers, numbers as numbers and text kept as text. */
class SheetWorkbookTest {

  @Test
  void eachTableIsASheetWithItsHeaderAndCells() throws Exception {
    SheetWorkbook book = new SheetWorkbook();
    book.sheet("考核", List.of("年度", "得分", "等次"), List.of(List.of(2025, 92.5, "优秀"), List.of(2026, 78, "称职")));
    String second = book.sheet("事项/记录[1]", List.of("事项"), List.of(List.of("=HYPERLINK(\"x\")")));
    String third = book.sheet("考核", List.of("x"), List.of());

    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(book.toBytes()))) {
      assertThat(read.getNumberOfSheets()).isEqualTo(3);
      Sheet sheet = read.getSheet("考核");
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("等次");
      assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(92.5);
      assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("称职");
      assertThat(second).isEqualTo("事项_记录_1_");
      assertThat(read.getSheet(second).getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(third).isEqualTo("考核(2)");
    }
  }
}
