package org.partyaffairs.workforce.recruitment;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** Reads what people type or upload for candidates: a registration list, corrected scores. */
final class CandidateList {

  static final int MAX_NAME = 50;
  static final int MAX_EDUCATION = 50;

  private CandidateList() {
  }

  /**
   * The uploaded list as text, in the charset its Content-Type names (UTF-8 when it names none). A
   * byte sequence that is not text in that charset refuses the whole list, naming its line: stored
   * as it is it would become U+FFFD in a person's name. A UTF-8 byte order mark (as spreadsheet
   * programs write it) is not part of the first line.
   */
  static String decode(byte[] bytes, String contentType) {
    Charset charset = charsetOf(contentType);
    int start = charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    StringBuilder text = new StringBuilder(bytes.length);
    int line = 1;
    for (int from = start; from <= bytes.length; line++) {
      int to = from;
      while (to < bytes.length && bytes[to] != '\n') {
        to++;
      }
      try {
        text.append(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from)));
      } catch (CharacterCodingException e) {
        throw new InvalidRequestException("第 " + line + " 行不是有效的 " + charset.name()
            + " 文字，请将名单另存为 UTF-8 编码的 CSV 再上传");
      }
      if (to < bytes.length) {
        text.append('\n');
      }
      from = to + 1;
    }
    return text.toString();
  }

  private static Charset charsetOf(String contentType) {
    try {
      Charset declared = contentType == null ? null : MediaType.parseMediaType(contentType).getCharset();
      return declared == null ? StandardCharsets.UTF_8 : declared;
    } catch (InvalidMediaTypeException | UnsupportedCharsetException e) {
      throw new InvalidRequestException("不支持请求体声明的字符集，请用 UTF-8");
    }
  }

  /**
   * One candidate per line, {@code 姓名,学历} (a Chinese comma also separates; blank lines and a
   * header line {@code 姓名,学历} are skipped). A wrong line refuses the whole list, naming the line.
   */
  static List<String[]> parse(String csv) {
    List<String[]> rows = new ArrayList<>();
    String[] lines = (csv == null ? "" : csv.strip()).split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || (i == 0 && line.replace('，', ',').equals("姓名,学历"))) {
        continue;
      }
      String[] fields = line.split("[,，]", -1);
      if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
        throw new InvalidRequestException("第 " + (i + 1) + " 行应为「姓名,学历」，收到「" + line + "」");
      }
      String name = fields[0].strip();
      String education = fields[1].strip();
      if (name.length() > MAX_NAME || education.length() > MAX_EDUCATION) {
        throw new InvalidRequestException("第 " + (i + 1) + " 行的姓名或学历过长");
      }
      rows.add(new String[] {name, education});
    }
    if (rows.isEmpty()) {
      throw new InvalidRequestException("名单中没有报名人员");
    }
    return rows;
  }

  /** Corrected scores as {@code 笔试/面试}, e.g. {@code 82/76.5}. */
  static BigDecimal[] scores(String corrected) {
    String[] parts = corrected == null ? new String[0] : corrected.strip().split("\\s*/\\s*");
    try {
      if (parts.length == 2) {
        return new BigDecimal[] {new BigDecimal(parts[0]), new BigDecimal(parts[1])};
      }
    } catch (NumberFormatException e) {
      // refused below with the expected form
    }
    throw new InvalidRequestException("纠正后的成绩应写作「笔试/面试」，如 82/76.5，收到「" + corrected + "」");
  }
}
