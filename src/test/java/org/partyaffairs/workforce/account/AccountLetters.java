package org.partyaffairs.workforce.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Test client of the 账号开通通知书: posts for a letter as a user over HTTP Basic and reads the PDF
 * back with PDFBox, as a person reads the printed page: the user id and the code are found in its
 * text, never taken from the application.
 */
public final class AccountLetters {

  /** A code as printed: three groups of four of the 31 letters and digits. */
  static final Pattern CODE = Pattern.compile("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");

  private final String base;
  private final HttpClient client = HttpClient.newHttpClient();

  public AccountLetters(int port) {
    this.base = "http://localhost:" + port;
  }

  /** POST {@code /api/workers/{id}/account/letter} (or any path) as the user: the raw answer. */
  public HttpResponse<byte[]> post(String path, String user, String password) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody());
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The letter the town organisation department prints for the worker; fails unless it is a PDF. */
  public Letter letter(long workerId, String townOrg, String password) {
    HttpResponse<byte[]> response = post("/api/workers/" + workerId + "/account/letter", townOrg, password);
    if (response.statusCode() != 200) {
      throw new AssertionError("letter: " + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
    }
    return Letter.of(response.body());
  }

  /** The activation code printed in the letter, read back from the PDF; fails when there is none. */
  public static String codeIn(byte[] pdf) {
    String code = Letter.of(pdf).code();
    if (code == null) {
      throw new AssertionError("no activation code in the letter");
    }
    return code;
  }

  /** A printed letter as its text shows it. */
  public record Letter(String text, String code, int pages) {

    static Letter of(byte[] pdf) {
      try (PDDocument document = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(document);
        Matcher code = CODE.matcher(text);
        return new Letter(text, code.find() ? code.group() : null, document.getNumberOfPages());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
