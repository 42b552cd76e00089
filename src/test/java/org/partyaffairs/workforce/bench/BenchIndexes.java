package org.partyaffairs.workforce.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The indexes the product adds for its queries (migrations {@value #QUERY_INDEXES} and
 * {@value #TASK_PARENT_INDEX}), dropped to measure Camunda as it ships and created again, exactly as
 * the migrations have them, for the product.
 */
final class BenchIndexes {

  static final String QUERY_INDEXES = "db/migration/V11__query_indexes.sql";
  static final String TASK_PARENT_INDEX = "db/migration/V13__task_parent_index.sql";

  private static final Pattern CREATE_INDEX = Pattern.compile(
      "create\\s+index\\s+(\\w+)\\s+on\\s+(\\w+)\\s*\\([^;]*\\)", Pattern.CASE_INSENSITIVE);

  private record Index(String name, String table, String createStatement) {
  }

  private BenchIndexes() {
  }

  /** Makes the product's indexes present (or absent), whatever the database held before. */
  static void apply(JdbcTemplate jdbc, BenchDatabase database, boolean present) {
    for (Index index : indexes()) {
      boolean exists = exists(jdbc, index);
      if (present && !exists) {
        jdbc.execute(index.createStatement());
      } else if (!present && exists) {
        jdbc.execute(database.mySql() ? "drop index " + index.name() + " on " + index.table()
            : "drop index " + index.name());
      }
    }
  }

  private static List<Index> indexes() {
    List<Index> indexes = new ArrayList<>();
    for (String migration : List.of(QUERY_INDEXES, TASK_PARENT_INDEX)) {
      Matcher matcher = CREATE_INDEX.matcher(read(migration).replaceAll("--[^\\n]*", ""));
      while (matcher.find()) {
        indexes.add(new Index(matcher.group(1), matcher.group(2), matcher.group()));
      }
    }
    return indexes;
  }

  private static String read(String migration) {
    try (InputStream in = BenchIndexes.class.getClassLoader().getResourceAsStream(migration)) {
      if (in == null) {
        throw new IllegalStateException("No " + migration + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean exists(JdbcTemplate jdbc, Index index) {
    return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
      DatabaseMetaData metaData = connection.getMetaData();
      for (String table : List.of(index.table(), index.table().toUpperCase(), index.table().toLowerCase())) {
        if (hasIndex(metaData, connection.getCatalog(), table, index.name())) {
          return true;
        }
      }
      return false;
    }));
  }

  private static boolean hasIndex(DatabaseMetaData metaData, String catalog, String table, String name)
      throws SQLException {
    try (ResultSet rows = metaData.getIndexInfo(catalog, null, table, false, true)) {
      while (rows.next()) {
        if (name.equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
          return true;
        }
      }
    }
    return false;
  }
}
