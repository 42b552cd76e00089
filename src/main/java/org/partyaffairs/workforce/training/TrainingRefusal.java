package org.partyaffairs.workforce.training;

import java.util.List;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.springframework.http.HttpStatus;

/**
 * A training request refused, nothing recorded: 400 for a bad list (each finding names its row and
 * column, or its entry and field), 403 for someone who is not the city office. The message spells
 * out the first {@value #SPELT_OUT} findings; the answer's {@code problems} lists them all.
 */
class TrainingRefusal extends InvalidRequestException {

  static final int SPELT_OUT = 20;

  private final HttpStatus status;
  private final List<ResultList.Problem> problems;

  TrainingRefusal(HttpStatus status, String lead, List<ResultList.Problem> problems) {
    super(message(lead, problems));
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  static TrainingRefusal forbidden(String message) {
    return new TrainingRefusal(HttpStatus.FORBIDDEN, message, List.of());
  }

  HttpStatus status() {
    return status;
  }

  List<ResultList.Problem> problems() {
    return problems;
  }

  private static String message(String lead, List<ResultList.Problem> problems) {
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
