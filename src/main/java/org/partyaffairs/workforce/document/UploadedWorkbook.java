package org.partyaffairs.workforce.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An uploaded XLSX read without trusting it, for any capability's all-or-nothing upload (the
 * approach of bulk scoring, {@code docs/bulk-scoring.md}): it must be an OOXML package (an old
 * {@code .xls}, a CSV or anything else is refused in Chinese), its ZIP is counted before POI opens it
 * (at most {@value #MAX_ENTRIES} entries and {@value #MAX_EXPANDED_BYTES} bytes expanded: a ZIP bomb
 * is refused while it is counted), and only the first worksheet is streamed (SAX, no DOM), up to a
 * row limit. Cells come back as plain values; a formula or an error value is flagged, never
 * evaluated or taken by its cached value. A refusal is an {@link Unreadable} with a Chinese message,
 * which the capability answers as a 400 (this package depends on nothing, not even the shared kernel).
 */
public final class UploadedWorkbook {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(UploadedWorkbook.class);

  static final int MAX_ENTRIES = 1_000;
  static final long MAX_EXPANDED_BYTES = 64L * 1024 * 1024;
  private static final int MAX_COLUMNS = 64;

  static {
    // Defence in depth behind the count (static settings of POI, the same for every reader).
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(MAX_EXPANDED_BYTES);
  }

  /** One cell as the file holds it: its text (a number as written), and whether it is a formula or an error. */
  public record Cell(String text, boolean formula, boolean error) {

    public boolean isBlank() {
      return !formula && !error && (text == null || text.isBlank());
    }
  }

  /** A row as the spreadsheet numbers it (1 = the header), its cells by column index (0 = A). */
  public record Row(int number, Map<Integer, Cell> cells) {

    public Cell cell(int column) {
      return cells.getOrDefault(column, new Cell(null, false, false));
    }

    public boolean isBlank() {
      return cells.values().stream().allMatch(Cell::isBlank);
    }
  }

  /** Row 1's texts by column, and the other rows that are not blank, in order. */
  public record Sheet(Map<Integer, String> headers, List<Row> rows) {
  }

  /** The file cannot be read as the expected workbook; the message says why, in Chinese. */
  public static final class Unreadable extends RuntimeException {
    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  private UploadedWorkbook() {
  }

  /** The column's letter as the spreadsheet shows it: 0 → A, 4 → E. */
  public static String letter(int column) {
    return CellReference.convertNumToColString(column);
  }

  /**
   * The first worksheet of {@code file}, or {@link Unreadable} in Chinese saying what is wrong with the
   * file; {@code what} names the expected file in the refusals (e.g. 培训名单).
   */
  public static Sheet firstSheet(byte[] file, int maxRows, String what) {
    if (file == null || file.length == 0) {
      throw new Unreadable("请上传填好的" + what + "（.xlsx 文件）");
    }
    checkPackage(file, what);
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new Unreadable("文件中没有工作表");
      }
      try (InputStream sheet = sheets.next()) {
        Cells handler = new Cells(strings, maxRows, what);
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(sheet));
        return new Sheet(handler.headers, handler.rows);
      }
    } catch (Unreadable refusal) {
      throw refusal;
    } catch (SAXException e) {
      if (e.getException() instanceof Unreadable refusal) {
        throw refusal;
      }
      throw notAWorkbook(what);
    } catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | POIXMLException
        | ParserConfigurationException | IllegalArgumentException | IllegalStateException
        | UnsupportedOperationException e) {
      log.debug("Unreadable upload", e);
      throw e.getMessage() != null && e.getMessage().contains("Zip bomb") ? zipBomb(what) : notAWorkbook(what);
    }
  }

  private static void checkPackage(byte[] file, String what) {
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(new ByteArrayInputStream(file));
    } catch (IOException e) {
      throw notAWorkbook(what);
    }
    if (magic == FileMagic.OLE2) {
      throw new Unreadable("不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后上传");
    }
    if (magic != FileMagic.OOXML) {
      throw notAWorkbook(what);
    }
    int entries = 0;
    long expanded = 0;
    byte[] buffer = new byte[8192];
    // Commons Compress reads the stored entries with data descriptors of POI's streaming writer.
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(file), "UTF-8", true, true)) {
      for (ArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw zipBomb(what);
        }
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          expanded += n;
          if (expanded > MAX_EXPANDED_BYTES) {
            throw zipBomb(what);
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      log.debug("Unreadable ZIP in an upload", e);
      throw notAWorkbook(what);
    }
    if (entries == 0) {
      throw notAWorkbook(what);
    }
  }

  private static Unreadable notAWorkbook(String what) {
    return new Unreadable("上传的文件不是有效的 Excel 工作簿（.xlsx），请上传下载的" + what + "填写后的文件");
  }

  private static Unreadable zipBomb(String what) {
    return new Unreadable("上传的文件解压后过大（超过 " + MAX_EXPANDED_BYTES / 1024 / 1024
        + " MB），不予处理；请上传下载的" + what + "填写后的文件");
  }

  /** The cells of a worksheet's XML ({@code <c r="E5" t="s"><f>…</f><v>…</v></c>}) as plain values. */
  private static final class Cells extends DefaultHandler {

    private final ReadOnlySharedStringsTable strings;
    private final int maxRows;
    private final String what;
    final Map<Integer, String> headers = new LinkedHashMap<>();
    final List<Row> rows = new ArrayList<>();
    private Map<Integer, Cell> cells = new LinkedHashMap<>();
    private int rowNumber;
    private int nextColumn;
    private String reference;
    private String type;
    private boolean formula;
    private boolean inText;
    private final StringBuilder text = new StringBuilder();

    Cells(ReadOnlySharedStringsTable strings, int maxRows, String what) {
      this.strings = strings;
      this.maxRows = maxRows;
      this.what = what;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
      switch (localName) {
        case "row" -> {
          String r = attributes.getValue("r");
          rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
          if (rowNumber > maxRows + 1) {
            throw new SAXException(new Unreadable(what + "最多 " + maxRows + " 行，上传的文件更大"));
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
          inText = true;
          text.setLength(0);
        }
        case "t" -> inText = "inlineStr".equals(type);
        default -> {
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (inText) {
        if (text.length() + length > 32_767) {
          throw new SAXException(new Unreadable("单元格内容过长（Excel 单元格最多 32767 个字符）"));
        }
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      switch (localName) {
        case "v", "t" -> inText = false;
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
        return;
      }
      String raw = text.toString();
      String value = switch (type == null ? "n" : type) {
        case "s" -> shared(raw);
        case "b" -> "1".equals(raw.strip()) ? "是" : "否";
        default -> raw;
      };
      cells.put(column, new Cell(value, formula, "e".equals(type)));
    }

    private String shared(String index) {
      try {
        return index.isBlank() ? "" : strings.getItemAt(Integer.parseInt(index.strip())).getString();
      } catch (RuntimeException malformed) {
        return "";
      }
    }

    private void endRow() {
      Row row = new Row(rowNumber, cells);
      if (rowNumber == 1) {
        cells.forEach((column, cell) -> headers.put(column, cell.text() == null ? "" : cell.text().strip()));
      } else if (!row.isBlank()) {
        rows.add(row);
      }
    }
  }
}
