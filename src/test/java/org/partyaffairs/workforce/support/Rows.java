package org.partyaffairs.workforce.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC reads and writes for tests that look at what an application process stored, its own
 * tables and the engine's, from outside the application (while it runs, or after it was killed).
 */
public final class Rows {

  /** Reads one row into a value. */
  public interface Row<T> {
    T read(ResultSet rows) throws SQLException;
  }

  private Rows() {
  }

  /** Every row the statement answers, read by {@code row}; a failure names the statement. */
  public static <T> List<T> query(Connection connection, String sql, Row<T> row, Object... parameters) {
    try (PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(row.read(rows));
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The number in the first column of the first row (a count). */
  public static long number(Connection connection, String sql, Object... parameters) {
    return query(connection, sql, rows -> rows.getLong(1), parameters).get(0);
  }

  /** Runs an update; answers the rows it changed. */
  public static int update(Connection connection, String sql, Object... parameters) {
    try (PreparedStatement statement = prepare(connection, sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}
