package org.partyaffairs.workforce.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A list of attendance and results as it arrived — from JSON or from the spreadsheet — before
 * anything is recorded: the lines that could be read, and the problems of those that could not,
 * each named where the sender will find it (第3行 E列 in the spreadsheet, 第3条 score in JSON).
 */
final class ResultList {

  /** The fields of a line; each source names them its own way. */
  enum Field {
    WORKER, NAME, ATTENDED, SCORE
  }

  /** One line: the worker, whether they attended, their score (null: none). */
  record Line(int row, long workerId, boolean attended, BigDecimal score) {
  }

  /**
   * One finding: {@code row} (the spreadsheet's row, or the entry's number from 1) and {@code
   * column} (the column's letter, or the JSON field) where there is one.
   */
  record Problem(Integer row, String column, String message, boolean spreadsheet) {

    String text() {
      if (row == null) {
        return message;
      }
      String where = spreadsheet ? "第" + row + "行" + (column == null ? "" : " " + column + "列")
          : "第" + row + "条" + (column == null ? "" : " " + column);
      return where + "：" + message;
    }
  }

  private final boolean spreadsheet;
  private final Map<Field, String> columns;
  final List<Line> lines = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();
  /** The worker's name as the row gave it (spreadsheet column B), checked against the record. */
  final Map<Integer, String> names = new java.util.HashMap<>();
  /** Rows left empty (neither attendance nor score): not on the list. */
  int skipped;

  private ResultList(boolean spreadsheet, Map<Field, String> columns) {
    this.spreadsheet = spreadsheet;
    this.columns = columns;
  }

  static ResultList spreadsheet(Map<Field, String> letters) {
    return new ResultList(true, letters);
  }

  Problem problem(int row, Field field, String message) {
    return new Problem(row, field == null ? null : columns.get(field), message, spreadsheet);
  }

  /** 第3行 (spreadsheet) or 第3条 (JSON). */
  String rowName(int row) {
    return "第" + row + (spreadsheet ? "行" : "条");
  }

  void refuse(int row, Field field, String message) {
    problems.add(problem(row, field, message));
  }

  static final Map<Field, String> JSON_FIELDS = Map.of(Field.WORKER, "workerId", Field.ATTENDED, "attended",
      Field.SCORE, "score");

  /**
   * {@code {"results": [{"workerId": 12, "attended": true, "score": 85.5}, …]}} or the array alone;
   * {@code attended} defaults to true, {@code score} may be left out or null.
   */
  static ResultList fromJson(JsonNode body) {
    ResultList list = new ResultList(false, JSON_FIELDS);
    JsonNode results = body == null ? null : body.isArray() ? body : body.get("results");
    if (results == null || !results.isArray()) {
      list.problems.add(new Problem(null, null, "请以 {\"results\": [{\"workerId\": 工作者编号, \"attended\": true, "
          + "\"score\": 成绩}]} 提交培训名单", false));
      return list;
    }
    for (int i = 0; i < results.size(); i++) {
      int row = i + 1;
      JsonNode entry = results.get(i);
      if (!entry.isObject()) {
        list.problems.add(new Problem(row, null, "每一条须是一个对象", false));
        continue;
      }
      JsonNode worker = entry.get("workerId");
      JsonNode attended = entry.get("attended");
      JsonNode score = entry.get("score");
      int before = list.problems.size();
      if (worker == null || !worker.canConvertToLong() || !worker.isIntegralNumber() || worker.asLong() <= 0) {
        list.refuse(row, Field.WORKER, "请填写工作者编号（正整数）");
      }
      if (attended != null && !attended.isNull() && !attended.isBoolean()) {
        list.refuse(row, Field.ATTENDED, "是否参加须为 true 或 false");
      }
      if (score != null && !score.isNull() && !score.isNumber()) {
        list.refuse(row, Field.SCORE, "成绩须为数字（0–100）");
      }
      if (list.problems.size() == before) {
        list.lines.add(new Line(row, worker.asLong(), attended == null || attended.isNull() || attended.asBoolean(),
            score == null || score.isNull() ? null : score.decimalValue()));
      }
    }
    return list;
  }
}
