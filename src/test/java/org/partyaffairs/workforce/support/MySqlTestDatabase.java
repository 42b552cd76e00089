package org.partyaffairs.workforce.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh database for the MySQL integration tests, on the server named by IT_MYSQL_URL (default
 * 127.0.0.1:3306, user root with an empty password; MariaDB stands in where MySQL cannot run). It
 * is created with a latin1 default on purpose: the migrations must put every table on utf8mb4 by
 * themselves, whatever the server's defaults.
 */
public final class MySqlTestDatabase {

  private static final String SERVER = env("IT_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/");
  private static final String USER = env("IT_MYSQL_USER", "root");
  private static final String PASSWORD = env("IT_MYSQL_PASSWORD", "");

  private MySqlTestDatabase() {
  }

  /** Drops and creates the database, and points the application at it on the mysql profile. */
  public static void register(String database, DynamicPropertyRegistry registry) {
    try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database);
      statement.execute("CREATE DATABASE " + database + " CHARACTER SET latin1");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the test database on " + SERVER
          + " (is MySQL or MariaDB running? see README)", e);
    }
    registry.add("spring.datasource.url", () -> SERVER + database);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> PASSWORD);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
