package org.partyaffairs.workforce.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
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
    create(database);
    registry.add("spring.datasource.url", () -> url(database));
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> PASSWORD);
  }

  /** Drops and creates the database, empty: the application's migrations fill it when it starts. */
  public static void create(String database) {
    create(SERVER, database);
  }

  /** The same on another server (the benchmark's own, for one): its JDBC address without a database. */
  public static void create(String server, String database) {
    try (Connection connection = DriverManager.getConnection(server, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database);
      statement.execute("CREATE DATABASE " + database + " CHARACTER SET latin1");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the test database on " + server
          + " (is MySQL or MariaDB running? see docs/operations.md)", e);
    }
  }

  /** Drops and creates the database, empty, and answers a plain connection to it. */
  public static Connection fresh(String database) throws SQLException {
    create(database);
    return connect(database);
  }

  /**
   * The environment that points the packaged application, started on the mysql profile as its own
   * process, at the database (the variables application-mysql.yaml reads).
   */
  public static Map<String, String> applicationEnvironment(String database) {
    return applicationEnvironment(SERVER, database);
  }

  /** The same on another server. */
  public static Map<String, String> applicationEnvironment(String server, String database) {
    return Map.of("MYSQL_URL", server + database, "MYSQL_USER", USER, "MYSQL_PASSWORD", PASSWORD);
  }

  /** A plain connection to the database, for a test that looks at what the application stored. */
  public static Connection connect(String database) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", USER);
    properties.setProperty("password", PASSWORD);
    // As the application connects (application-mysql.yaml): Chinese names round-trip whatever the server's default.
    properties.setProperty("characterEncoding", "UTF-8");
    return DriverManager.getConnection(url(database), properties);
  }

  private static String url(String database) {
    return SERVER + database;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
