package org.partyaffairs.workforce.support;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real fault in the H2 test database: while frozen, any update of the table fails in the database
 * itself, as a register under maintenance would. Closing it thaws the table.
 */
public final class FrozenTable implements AutoCloseable {

  public static final String MESSAGE = "人事库维护中，暂不能写入";

  private final JdbcTemplate jdbc;
  private final String trigger;

  private FrozenTable(JdbcTemplate jdbc, String table) {
    this.jdbc = jdbc;
    this.trigger = table + "_frozen";
    jdbc.execute("CREATE TRIGGER " + trigger + " BEFORE UPDATE ON " + table + " FOR EACH ROW CALL '"
        + Refusal.class.getName() + "'");
  }

  public static FrozenTable freeze(JdbcTemplate jdbc, String table) {
    return new FrozenTable(jdbc, table);
  }

  @Override
  public void close() {
    jdbc.execute("DROP TRIGGER " + trigger);
  }

  /** The trigger H2 calls for each row: it refuses. */
  public static final class Refusal implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
      throw new SQLException(MESSAGE);
    }
  }
}
