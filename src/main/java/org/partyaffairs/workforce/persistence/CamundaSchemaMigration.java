package org.partyaffairs.workforce.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;

/**
 * Creates Camunda's tables from the create scripts shipped inside the engine, so that one Flyway
 * history covers the whole database. On MySQL the scripts declare {@code utf8}, which is MySQL's
 * 3-byte charset and cannot store names such as 𠮷; they are rewritten to {@code utf8mb4} (keeping
 * the binary collation Camunda relies on for case-sensitive ids). Engine upgrades follow as later
 * migrations built from Camunda's upgrade scripts the same way.
 */
@Component
class CamundaSchemaMigration implements JavaMigration {

  /** In the order Camunda itself creates them (DbSqlSession#dbSchemaCreate). */
  private static final List<String> COMPONENTS = List.of(
      "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

  private static final String ENGINE_VERSION = "7.24.0";

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("1");
  }

  @Override
  public String getDescription() {
    return "Camunda " + ENGINE_VERSION + " schema";
  }

  @Override
  public Integer getChecksum() {
    return ENGINE_VERSION.hashCode();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    String database = databaseType(connection);
    for (String component : COMPONENTS) {
      String path = "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + component + ".sql";
      String script = StreamUtils.copyToString(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
      if (database.equals("mysql")) {
        script = script.replace("CHARSET=utf8 COLLATE utf8_bin", "CHARSET=utf8mb4 COLLATE utf8mb4_bin");
      }
      ScriptUtils.executeSqlScript(connection, new ByteArrayResource(script.getBytes(StandardCharsets.UTF_8), path));
    }
  }

  private static String databaseType(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    return switch (product) {
      case "H2" -> "h2";
      case "MySQL", "MariaDB" -> "mysql";
      default -> throw new IllegalStateException("Unsupported database for the Camunda schema: " + product);
    };
  }
}
