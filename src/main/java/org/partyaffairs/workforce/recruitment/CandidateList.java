package org.partyaffairs.workforce.recruitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.partyaffairs.workforce.web.InvalidRequestException;

/** Reads what people type or upload for candidates: a registration list, corrected scores. */
final class CandidateList {

  static final int MAX_NAME = 50;
  static final int MAX_EDUCATION = 50;

  private CandidateList() {
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
