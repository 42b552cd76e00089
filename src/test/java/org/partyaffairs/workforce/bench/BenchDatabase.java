package org.partyaffairs.workforce.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.partyaffairs.workforce.support.MySqlTestDatabase;

/**
 * The databases the scale benchmark runs on, each emptied before its run: an H2 file (as
 * {@code ./mvnw spring-boot:run} uses), MySQL on the mysql profile as the machine's server has it
 * (MariaDB with Debian's defaults stands in here), and MySQL set up for production: the benchmark's
 * own MariaDB configured as {@code docker/} configures MySQL ({@link OwnMariaDb}).
 */
enum BenchDatabase {

  H2("H2", List.of("demo")) {
    private final Path directory = Path.of("target", "bench", "h2").toAbsolutePath();

    @Override
    void empty() {
      if (Files.exists(directory)) {
        try (Stream<Path> files = Files.walk(directory)) {
          files.sorted(Comparator.reverseOrder()).forEach(BenchDatabase::delete);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    @Override
    Map<String, Object> properties() {
      return Map.of("spring.datasource.url", "jdbc:h2:file:" + directory.resolve("workforce") + ";LOCK_TIMEOUT=10000");
    }
  },

  MYSQL("MySQL", List.of("demo", "mysql")) {
    private static final String DATABASE = "workforce_bench";

    @Override
    void empty() {
      MySqlTestDatabase.create(DATABASE);
    }

    @Override
    Map<String, Object> properties() {
      // The variables application-mysql.yaml reads, given as properties of this run.
      return new LinkedHashMap<>(MySqlTestDatabase.applicationEnvironment(DATABASE));
    }
  },

  PRODUCTION("MySQL production-like", List.of("demo", "mysql")) {
    private static final String DATABASE = "workforce_bench";

    @Override
    void empty() {
      MySqlTestDatabase.create(OwnMariaDb.url(), DATABASE);
    }

    @Override
    Map<String, Object> properties() {
      return new LinkedHashMap<>(MySqlTestDatabase.applicationEnvironment(OwnMariaDb.url(), DATABASE));
    }

    @Override
    boolean mySql() {
      return true;
    }
  };

  private final String label;
  private final List<String> profiles;

  BenchDatabase(String label, List<String> profiles) {
    this.label = label;
    this.profiles = profiles;
  }

  /** Whether the database speaks MySQL's dialect (index statements differ). */
  boolean mySql() {
    return this == MYSQL;
  }

  /** Drops whatever an earlier run left: the application's migrations fill the database again. */
  abstract void empty();

  abstract Map<String, Object> properties();

  String label() {
    return label;
  }

  String[] profiles() {
    return profiles.toArray(String[]::new);
  }

  /** {@code h2,mysql,production} as given to {@code -Dbench.databases}. */
  static List<BenchDatabase> parse(String list) {
    return Stream.of(list.split(",")).map(String::strip).filter(name -> !name.isEmpty())
        .map(name -> valueOf(name.toUpperCase())).toList();
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
