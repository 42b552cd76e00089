package org.partyaffairs.workforce.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the scale benchmark measured, printed as it comes and written as a table, a CSV and a chart. */
final class Results {

  record Row(String database, String scenario, String measure, double value, String unit, Target target) {

    String verdict() {
      return target == null ? "" : target.met(value) ? "met" : "missed";
    }
  }

  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  void add(BenchDatabase database, String scenario, String measure, double value, String unit, Target target) {
    Row row = new Row(database.label(), scenario, measure, value, unit, target);
    rows.add(row);
    System.out.printf(Locale.ROOT, "[bench] %-6s %-22s %-58s %,14.1f %-8s %s%n", row.database(), scenario, measure,
        value, unit, target == null ? "" : "(target " + target.text() + ": " + row.verdict() + ")");
  }

  void add(BenchDatabase database, String scenario, String measure, double value, String unit) {
    add(database, scenario, measure, value, unit, null);
  }

  void note(String note) {
    notes.add(note);
    System.out.println("[bench] " + note);
  }

  List<Row> rows() {
    return List.copyOf(rows);
  }

  /** {@code scale.md}, {@code scale.csv} and {@code scale.png} in the directory. */
  void write(Path directory) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("scale.md"), markdown(), StandardCharsets.UTF_8);
    Files.writeString(directory.resolve("scale.csv"), csv(), StandardCharsets.UTF_8);
    AttainmentChart.write(rows.stream().filter(row -> row.target() != null).toList(),
        directory.resolve("scale.png"));
  }

  String markdown() {
    StringBuilder table = new StringBuilder("| database | scenario | measured | value | target | |\n"
        + "|---|---|---|---:|---|---|\n");
    for (Row row : rows) {
      table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s %s | %s | %s |%n", row.database(), row.scenario(),
          row.measure(), number(row.value()), row.unit(), row.target() == null ? "" : row.target().text(),
          row.verdict()));
    }
    return table + "\n" + notes.stream().map(note -> "- " + note).collect(Collectors.joining("\n")) + "\n";
  }

  private String csv() {
    StringBuilder csv = new StringBuilder("database,scenario,measure,value,unit,target,verdict\n");
    for (Row row : rows) {
      csv.append(String.join(",", quoted(row.database()), quoted(row.scenario()), quoted(row.measure()),
          String.format(Locale.ROOT, "%.3f", row.value()), quoted(row.unit()),
          quoted(row.target() == null ? "" : row.target().text()), row.verdict())).append('\n');
    }
    return csv.toString();
  }

  private static String number(double value) {
    return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String quoted(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
