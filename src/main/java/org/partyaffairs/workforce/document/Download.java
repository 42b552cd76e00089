package org.partyaffairs.workforce.document;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A generated file as an HTTP answer: its type, a Chinese file name (RFC 6266 {@code filename*},
 * with an ASCII fallback for old clients), and no caching of what is personal data.
 */
public final class Download {

  private Download() {}

  public static ResponseEntity<byte[]> pdf(byte[] body, String fileName) {
    return of(body, Pdf.MEDIA_TYPE, fileName + ".pdf");
  }

  public static ResponseEntity<byte[]> xlsx(byte[] body, String fileName) {
    return of(body, SheetWorkbook.MEDIA_TYPE, fileName + ".xlsx");
  }

  /**
   * {@code inline}: the browser shows a PDF in its own viewer (a link from a form opens it in a new
   * tab), and offers the XLSX for download.
   */
  private static ResponseEntity<byte[]> of(byte[] body, String mediaType, String fileName) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(mediaType))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .body(body);
  }
}
