package org.partyaffairs.workforce.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
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
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The spreadsheet of bulk scoring, written and read without trusting the file: the town's open score
 * sheets as one XLSX, one row per worker (the first four columns identify the task and the worker and
 * are locked; the form's own fields follow, with its labels as headers and its ranges as data
 * validation), and an uploaded file read back as plain cell values.
 *
 * <p>Reading is guarded before POI sees the file: it must be an OOXML package (an old {@code .xls}, a
 * CSV or anything else is refused), its ZIP may hold at most {@value #MAX_ENTRIES} entries and expand to
 * at most {@value #MAX_EXPANDED_BYTES} bytes in all (a ZIP bomb is refused while it is counted, long
 * before it is held in memory), and POI's own {@link ZipSecureFile} limits apply as well. The first
 * worksheet is then streamed (SAX, no DOM of the sheet): a cell holding a formula is refused, never
 * evaluated or taken by its cached value.
 */
final class ScoreSheetWorkbook {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ScoreSheetWorkbook.class);

  /** The locked columns before the form's fields: A–D. */
  static final List<String> ID_HEADERS = List.of("任务编号", "工作者编号", "工作者", "区镇");
  static final int FIRST_FIELD_COLUMN = ID_HEADERS.size();
  static final String SHEET_NAME = "评分表";
  static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static final int MAX_ROWS = 10_000;
  static final int MAX_COLUMNS = 64;
  static final int MAX_ENTRIES = 1_000;
  static final long MAX_EXPANDED_BYTES = 64L * 1024 * 1024;

  static {
    // Defence in depth behind the count above (static settings of POI, the same for every reader).
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(MAX_EXPANDED_BYTES);
  }

  /** A column of the form's own: its variable, its header and what the form lets a person enter. */
  record Column(String key, String label, String type, java.math.BigDecimal min, java.math.BigDecimal max,
      Integer maxLength, Integer decimalDigits, boolean required, String description) {

    boolean isNumber() {
      return "number".equals(type);
    }
  }

  /** One row of the download. */
  record SheetRow(String taskId, Long workerId, String workerName, String townName) {
  }

  /** One cell as the file holds it: its text (a number as written), and whether it was a formula. */
  record CellValue(String text, boolean number, boolean formula, boolean error) {

    boolean isBlank() {
      return !formula && !error && (text == null || text.isBlank());
    }
  }

  /** The rows of an uploaded sheet: the header row's texts by column index and each data row's cells. */
  record Upload(Map<Integer, String> headers, List<UploadRow> rows) {
  }

  /** A data row: its number as the spreadsheet shows it (2 for the first) and its cells by column index. */
  record UploadRow(int number, Map<Integer, CellValue> cells) {

    CellValue cell(int column) {
      return cells.getOrDefault(column, new CellValue(null, false, false, false));
    }

    boolean isBlank(int fromColumn) {
      return cells.entrySet().stream().filter(cell -> cell.getKey() >= fromColumn).allMatch(c -> c.getValue().isBlank());
    }
  }

  private ScoreSheetWorkbook() {
  }

  /** The column's letter as the spreadsheet shows it: 0 → A, 4 → E. */
  static String letter(int column) {
    return CellReference.convertNumToColString(column);
  }

  /** 第5行 E列 */
  static String where(int row, int column) {
    return "第" + row + "行 " + letter(column) + "列";
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  static byte[] write(String title, List<String> notes, List<Column> columns, List<SheetRow> rows) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    try {
      SXSSFSheet sheet = workbook.createSheet(SHEET_NAME);
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setLocked(true);
      header.setWrapText(true);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      CellStyle locked = workbook.createCellStyle();
      locked.setLocked(true);
      locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      CellStyle open = workbook.createCellStyle();
      open.setLocked(false);
      open.setBorderBottom(BorderStyle.THIN);
      open.setBorderTop(BorderStyle.THIN);
      open.setBorderLeft(BorderStyle.THIN);
      open.setBorderRight(BorderStyle.THIN);
      CellStyle openText = workbook.createCellStyle();
      openText.cloneStyleFrom(open);
      openText.setWrapText(true);
      openText.setDataFormat(workbook.createDataFormat().getFormat("@"));

      Row head = sheet.createRow(0);
      for (int c = 0; c < ID_HEADERS.size(); c++) {
        cell(head, c, ID_HEADERS.get(c), header);
      }
      for (int c = 0; c < columns.size(); c++) {
        cell(head, FIRST_FIELD_COLUMN + c, columns.get(c).label(), header);
      }
      int r = 1;
      for (SheetRow row : rows) {
        Row line = sheet.createRow(r++);
        cell(line, 0, row.taskId(), locked);
        Cell worker = line.createCell(1);
        worker.setCellValue(row.workerId() == null ? 0 : row.workerId());
        worker.setCellStyle(locked);
        cell(line, 2, row.workerName(), locked);
        cell(line, 3, row.townName(), locked);
        for (int c = 0; c < columns.size(); c++) {
          line.createCell(FIRST_FIELD_COLUMN + c).setCellStyle(columns.get(c).isNumber() ? open : openText);
        }
      }
      sheet.setColumnWidth(0, 40 * 256);
      sheet.setColumnWidth(1, 12 * 256);
      sheet.setColumnWidth(2, 14 * 256);
      sheet.setColumnWidth(3, 16 * 256);
      for (int c = 0; c < columns.size(); c++) {
        sheet.setColumnWidth(FIRST_FIELD_COLUMN + c, (columns.get(c).isNumber() ? 16 : 40) * 256);
      }
      sheet.createFreezePane(FIRST_FIELD_COLUMN, 1);
      if (!rows.isEmpty()) {
        validations(sheet, columns, rows.size());
      }
      // Locked id columns: protection without a password (it keeps honest mistakes out, not people).
      sheet.protectSheet("");
      sheet.lockFormatColumns(false);
      sheet.lockFormatRows(false);
      sheet.lockSelectLockedCells(false);
      sheet.lockSelectUnlockedCells(false);
      notes(workbook, title, notes);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
    }
  }

  private static void validations(Sheet sheet, List<Column> columns, int rows) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      DataValidationConstraint constraint;
      String prompt;
      if (column.isNumber() && column.min() != null && column.max() != null) {
        constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
            column.min().toPlainString(), column.max().toPlainString());
        prompt = "请填写 " + column.min().toPlainString() + " 至 " + column.max().toPlainString() + " 之间的数"
            + (column.decimalDigits() == null ? "" : "，最多 " + column.decimalDigits() + " 位小数");
      } else if (!column.isNumber() && column.maxLength() != null) {
        constraint = helper.createTextLengthConstraint(DataValidationConstraint.OperatorType.LESS_OR_EQUAL,
            Integer.toString(column.maxLength()), null);
        prompt = "不超过 " + column.maxLength() + " 个字";
      } else {
        continue;
      }
      int index = FIRST_FIELD_COLUMN + c;
      DataValidation validation = helper.createValidation(constraint,
          new CellRangeAddressList(1, rows, index, index));
      validation.setShowErrorBox(true);
      validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
      validation.createErrorBox("输入有误", "「" + column.label() + "」：" + prompt);
      validation.setShowPromptBox(true);
      validation.createPromptBox(shortened(column.label(), 32), shortened(prompt, 255));
      sheet.addValidationData(validation);
    }
  }

  private static void notes(SXSSFWorkbook workbook, String title, List<String> notes) {
    SXSSFSheet sheet = workbook.createSheet("填写说明");
    sheet.setColumnWidth(0, 120 * 256);
    int r = 0;
    sheet.createRow(r++).createCell(0).setCellValue(new XSSFRichTextString(title));
    for (String note : notes) {
      sheet.createRow(r++).createCell(0).setCellValue(new XSSFRichTextString(note));
    }
  }

  private static void cell(Row row, int column, String text, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(text == null ? "" : text);
    cell.setCellStyle(style);
  }

  private static String shortened(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** The first worksheet of an uploaded XLSX, or a refusal in Chinese (400) saying what is wrong with the file. */
  static Upload read(byte[] file) {
    if (file == null || file.length == 0) {
      throw new InvalidRequestException("请上传填好的评分表（.xlsx 文件）");
    }
    checkPackage(file);
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new InvalidRequestException("文件中没有工作表");
      }
      try (InputStream sheet = sheets.next()) {
        SheetHandler handler = new SheetHandler(strings);
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(sheet));
        return new Upload(handler.headers, handler.rows);
      }
    } catch (InvalidRequestException refusal) {
      throw refusal;
    } catch (TooLarge e) {
      throw new InvalidRequestException(e.getMessage());
    } catch (SAXException e) {
      if (e.getException() instanceof InvalidRequestException refusal) {
        throw refusal;
      }
      throw notAWorkbook();
    } catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | ParserConfigurationException
        | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
      log.debug("Unreadable upload", e);
      throw e.getMessage() != null && e.getMessage().contains("Zip bomb") ? zipBomb() : notAWorkbook();
    }
  }

  /** An OOXML ZIP of bounded size, checked by counting before anything is kept. */
  private static void checkPackage(byte[] file) {
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(new ByteArrayInputStream(file));
    } catch (IOException e) {
      throw notAWorkbook();
    }
    if (magic == FileMagic.OLE2) {
      throw new InvalidRequestException("不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后上传");
    }
    if (magic != FileMagic.OOXML) {
      throw notAWorkbook();
    }
    int entries = 0;
    long expanded = 0;
    byte[] buffer = new byte[8192];
    // Commons Compress (POI's own ZIP reader): it reads the stored entries with data descriptors that
    // POI's streaming writer produces, which java.util.zip refuses.
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(file), "UTF-8", true, true)) {
      for (ArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw zipBomb();
        }
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          expanded += n;
          if (expanded > MAX_EXPANDED_BYTES) {
            throw zipBomb();
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      log.debug("Unreadable ZIP in an upload", e);
      throw notAWorkbook();
    }
    if (entries == 0) {
      throw notAWorkbook();
    }
  }

  private static InvalidRequestException notAWorkbook() {
    return new InvalidRequestException("上传的文件不是有效的 Excel 工作簿（.xlsx），请上传下载的评分表填写后的文件");
  }

  private static InvalidRequestException zipBomb() {
    return new InvalidRequestException("上传的文件解压后过大（超过 " + MAX_EXPANDED_BYTES / 1024 / 1024
        + " MB），不予处理；请上传下载的评分表填写后的文件");
  }

  /** A sheet larger than a town's score sheets can be: refused while it is read. */
  private static final class TooLarge extends RuntimeException {
    TooLarge(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The cells of a worksheet's XML ({@code <c r="E5" t="s"><f>…</f><v>…</v></c>}), as plain values:
   * shared and inline strings as text, numbers as written, formulas and error values flagged.
   */
  private static final class SheetHandler extends DefaultHandler {

    private final ReadOnlySharedStringsTable strings;
    final Map<Integer, String> headers = new LinkedHashMap<>();
    final List<UploadRow> rows = new ArrayList<>();

    private Map<Integer, CellValue> cells;
    private int rowNumber;
    private int nextColumn;
    private String reference;
    private String type;
    private boolean formula;
    private boolean inValue;
    private boolean inInlineText;
    private final StringBuilder text = new StringBuilder();

    SheetHandler(ReadOnlySharedStringsTable strings) {
      this.strings = strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      switch (localName) {
        case "row" -> {
          String r = attributes.getValue("r");
          rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
          if (rowNumber > MAX_ROWS + 1) {
            throw new TooLarge("评分表最多 " + MAX_ROWS + " 行，上传的文件更大");
          }
          cells = new LinkedHashMap<>();
          nextColumn = 0;
        }
        case "c" -> {
          reference = attributes.getValue("r");
          type = attributes.getValue("t");
          formula = false;
          text.setLength(0);
        }
        case "f" -> formula = true;
        case "v" -> {
          inValue = true;
          text.setLength(0);
        }
        case "t" -> {
          if ("inlineStr".equals(type)) {
            inInlineText = true;
          }
        }
        default -> {
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue || inInlineText) {
        if (text.length() + length > 32_767) {
          throw new TooLarge("单元格内容过长（Excel 单元格最多 32767 个字符）");
        }
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      switch (localName) {
        case "v" -> inValue = false;
        case "t" -> inInlineText = false;
        case "c" -> endCell();
        case "row" -> endRow();
        default -> {
        }
      }
    }

    private void endCell() {
      int column = reference == null ? nextColumn : new CellReference(reference).getCol();
      nextColumn = column + 1;
      if (column >= MAX_COLUMNS) {
        return; // far beyond the sheet's columns: nothing of ours
      }
      String raw = text.toString();
      CellValue value;
      if ("s".equals(type)) {
        String shared;
        try {
          shared = raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
        } catch (RuntimeException malformed) {
          shared = "";
        }
        value = new CellValue(shared, false, formula, false);
      } else if ("e".equals(type)) {
        value = new CellValue(raw, false, formula, true);
      } else if ("b".equals(type)) {
        value = new CellValue("1".equals(raw.strip()) ? "true" : "false", false, formula, false);
      } else if ("str".equals(type) || "inlineStr".equals(type)) {
        value = new CellValue(raw, false, formula, false);
      } else {
        value = new CellValue(raw.isEmpty() ? null : raw.strip(), !raw.isEmpty(), formula, false);
      }
      cells.put(column, value);
    }

    private void endRow() {
      if (rowNumber == 1) {
        cells.forEach((column, value) -> headers.put(column, value.text() == null ? "" : value.text().strip()));
      } else if (cells.values().stream().anyMatch(cell -> !cell.isBlank())) {
        rows.add(new UploadRow(rowNumber, cells));
      }
    }
  }
}
