package org.partyaffairs.workforce.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.UUID;
import java.util.function.BiConsumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test fixture: bulk scoring's spreadsheet over HTTP as a town's people handle it — downloaded,
 * opened, filled in row by row, saved and uploaded as {@code multipart/form-data}.
 */
public final class ScoreSheetFiles {

  public static final String DOWNLOAD = "/api/assessment/score-sheets.xlsx";
  public static final String UPLOAD = "/api/assessment/score-sheets";

  private final String base;
  private final HttpClient client = HttpClient.newHttpClient();

  public ScoreSheetFiles(int port) {
    this.base = "http://localhost:" + port;
  }

  public HttpResponse<byte[]> download(String query, String user, String password) {
    return downloadFrom(DOWNLOAD + (query == null ? "" : "?" + query), user, password);
  }

  /** A GET of the download at a path spelt as given (the isolation matrix's path variants). */
  public HttpResponse<byte[]> downloadFrom(String path, String user, String password) {
    return send(request(path, user, password).GET());
  }

  /** The file as the {@code file} part of a multipart form, as a browser's file input sends it. */
  public HttpResponse<String> upload(String query, String user, String password, byte[] file) {
    return upload(query, user, password, file, null);
  }

  public HttpResponse<String> upload(String query, String user, String password, byte[] file, String origin) {
    return uploadTo(UPLOAD + (query == null ? "" : "?" + query), user, password, file, origin);
  }

  /** The same multipart upload sent in chunks, with no length announced. */
  public HttpResponse<String> uploadChunked(String user, String password, byte[] file) {
    return uploadTo(UPLOAD, user, password, file, null, true);
  }

  /** The upload at a path spelt as given (the isolation matrix's path variants). */
  public HttpResponse<String> uploadTo(String path, String user, String password, byte[] file, String origin) {
    return uploadTo(path, user, password, file, origin, false);
  }

  private HttpResponse<String> uploadTo(String path, String user, String password, byte[] file, String origin,
      boolean chunked) {
    String boundary = "----bulk" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"score.xlsx\"\r\n"
        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = request(path, user, password)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.toByteArray()))
            : HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return sendText(request);
  }

  /** Every cell's text of every sheet, to look for what must not be there. */
  public static String text(byte[] file) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      StringBuilder text = new StringBuilder();
      DataFormatter format = new DataFormatter();
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            text.append(format.formatCellValue(cell)).append('\t');
          }
          text.append('\n');
        }
      }
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A score sheet of the 16-item form as the download writes it, with one row for the task, scored 80. */
  public static byte[] sheetFor(String taskId) {
    List<ScoreSheetWorkbook.Column> columns = new ArrayList<>();
    for (int item = 1; item <= ScoreSheet.ITEMS; item++) {
      String part = item <= 2 ? "德" : item <= 8 ? "能" : item <= 10 ? "勤" : item <= 14 ? "绩" : "廉";
      int max = item >= 11 && item <= 14 ? 10 : 5;
      columns.add(new ScoreSheetWorkbook.Column("item" + item, part + "·第" + item + "项（满分" + max + "分）", "number",
          java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(max), null, 1, true, null));
    }
    byte[] empty = ScoreSheetWorkbook.write("评分表", List.of(), columns,
        List.of(new ScoreSheetWorkbook.SheetRow(taskId, 1L, "", "")));
    return fill(empty, (number, row) -> items(row, Campaigns.evaluationForm(80)));
  }

  /** The rows of the first sheet below the header, each as column letter → shown text. */
  public static List<Map<String, String>> rows(byte[] file) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter format = new DataFormatter();
      List<Map<String, String>> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        Map<String, String> cells = new LinkedHashMap<>();
        if (row != null) {
          for (Cell cell : row) {
            cells.put(cell.getAddress().formatAsString().replaceAll("\\d", ""), format.formatCellValue(cell));
          }
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file with each data row changed by {@code fill} (row number as the sheet shows it, the row). */
  public static byte[] fill(byte[] file, BiConsumer<Integer, Row> fill) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getSheetAt(0);
      int last = sheet.getLastRowNum();
      for (int r = 1; r <= last; r++) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        fill.accept(r + 1, row);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A row's 16 items (columns E–T) from a scoring form's values. */
  public static void items(Row row, Map<String, Object> form) {
    for (int item = 1; item <= ScoreSheet.ITEMS; item++) {
      row.createCell(ScoreSheetWorkbook.FIRST_FIELD_COLUMN + item - 1)
          .setCellValue(((Number) form.get("item" + item)).doubleValue());
    }
  }

  /** The file with one more row at the end: task id and worker columns as given. */
  public static byte[] withRow(byte[] file, String taskId, Map<String, Object> form) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row row = sheet.createRow(sheet.getLastRowNum() + 1);
      row.createCell(0).setCellValue(taskId);
      items(row, form);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest.Builder request(String path, String user, String password) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (user != null) {
      builder.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private HttpResponse<byte[]> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> sendText(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
