package org.partyaffairs.workforce.assessment;

import java.util.List;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.springframework.http.HttpStatus;

/**
 * Bulk scoring refused, nothing recorded: 400 for a bad file or cell, 403 for a task not offered to
 * the caller, 404 for a task the caller cannot see (the same words whether it exists or not), 409
 * for a task done or taken meanwhile. {@code problems} are the single findings, each naming its row
 * and column as the spreadsheet shows them where there is one.
 */
class BulkScoringRefusal extends InvalidRequestException {

  /** How many findings the message spells out; the answer's {@code problems} lists them all. */
  private static final int SPELT_OUT = 20;

  private final HttpStatus status;
  private final List<Problem> problems;

  /** One finding: row and column as the spreadsheet shows them (null where the finding has none). */
  record Problem(Integer row, String column, String message) {

    String text() {
      String where = row == null ? (column == null ? "" : column + "列") : "第" + row + "行" + (column == null ? "" : " "
          + column + "列");
      return where.isEmpty() ? message : where + "：" + message;
    }
  }

  BulkScoringRefusal(HttpStatus status, String lead, List<Problem> problems) {
    super(message(lead, problems));
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  HttpStatus status() {
    return status;
  }

  List<Problem> problems() {
    return problems;
  }

  private static String message(String lead, List<Problem> problems) {
    StringBuilder text = new StringBuilder(lead);
    for (int i = 0; i < problems.size() && i < SPELT_OUT; i++) {
      text.append(i == 0 ? "" : "；").append(problems.get(i).text());
    }
    if (problems.size() > SPELT_OUT) {
      text.append("；另有 ").append(problems.size() - SPELT_OUT).append(" 处，见 problems");
    }
    return text.toString();
  }
}
