package org.partyaffairs.workforce.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test fixture: the half-year report's files over HTTP, downloaded as a person's browser does, and
 * read back with POI the way a clerk reads them: a figure by its row label and column.
 */
public final class ReportFiles {

  public static final String BASE = "/api/reports/half-year";

  private final String base;
  private final HttpClient client = HttpClient.newHttpClient();

  public ReportFiles(int port) {
    this.base = "http://localhost:" + port;
  }

  /** A GET at a path spelt as given, as the user. */
  public HttpResponse<byte[]> get(String path, String user, String password) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .GET().build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  public static Workbook open(byte[] file) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<String> sheetNames(Workbook workbook) {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  /** The numbers of one column of a sheet by the label in its first column. */
  public static Map<String, Integer> column(Workbook workbook, String sheet, int column) {
    Map<String, Integer> values = new LinkedHashMap<>();
    Sheet found = workbook.getSheet(sheet);
    for (int i = 1; i <= found.getLastRowNum(); i++) {
      Row row = found.getRow(i);
      Cell cell = row.getCell(column);
      if (cell != null && cell.getCellType() == CellType.NUMERIC) {
        values.put(row.getCell(0).getStringCellValue(), (int) cell.getNumericCellValue());
      }
    }
    return values;
  }

  /** The first row of a sheet, as shown. */
  public static List<String> header(Workbook workbook, String sheet) {
    List<String> cells = new ArrayList<>();
    workbook.getSheet(sheet).getRow(0).forEach(cell -> cells.add(new DataFormatter().formatCellValue(cell)));
    return cells;
  }

  /** The text of a PDF as PDFBox extracts it, with the line breaks and spaces of its layout removed. */
  public static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int pdfPages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every cell of every sheet as shown, one line per row: what no outsider's file may contain. */
  public static String allText(Workbook workbook) {
    StringBuilder text = new StringBuilder();
    DataFormatter format = new DataFormatter();
    workbook.forEach(sheet -> sheet.forEach(row -> {
      row.forEach(cell -> text.append(format.formatCellValue(cell)).append('\t'));
      text.append('\n');
    }));
    return text.toString();
  }
}
