package org.partyaffairs.workforce.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the benchmark's own, set up the way {@code docker/compose.yaml} sets up MySQL
 * for production rather than with Debian's defaults: its data directory under
 * {@code target/bench/mariadb}, its own port, utf8mb4, READ COMMITTED, a buffer pool sized for the
 * data (2 GiB, the compose file's default), a join buffer that holds a town's tasks in one pass, and
 * durable commits kept (a log flush at every commit, as both servers ship). Started by the first run
 * that needs it, stopped when the benchmark ends.
 *
 * <p>The in-memory limit for internal temporary tables stays at MariaDB's default (16 MiB). The
 * task query's {@code select distinct} builds one of the group's task rows, and MariaDB's MEMORY
 * engine pads each row to its full width (about 17 KB, for the 4,000-character description): a
 * town's 2,500 to 5,000 tasks do not fit, and the table moves to disk (Aria, in its page cache).
 * Measured on 2026-12-06 (docs/benchmarks.md), a larger limit that keeps them in memory made the
 * page two to three times slower, so the benchmark does not raise it (it did before, wrongly
 * assuming memory would be faster).
 */
final class OwnMariaDb implements AutoCloseable {

  static final int PORT = Integer.getInteger("bench.mariadb.port", 3407);
  private static final Path HOME = Path.of("target", "bench", "mariadb").toAbsolutePath();
  private static final String SERVER = System.getProperty("bench.mariadb.binary", "/usr/sbin/mariadbd");
  private static final String INSTALL = System.getProperty("bench.mariadb.install", "/usr/bin/mariadb-install-db");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

  /** The settings of docker/compose.yaml's MySQL, as MariaDB names them. */
  static final List<String> PRODUCTION_SETTINGS = List.of(
      "--character-set-server=utf8mb4",
      "--collation-server=utf8mb4_unicode_ci",
      "--transaction-isolation=READ-COMMITTED",
      "--innodb-buffer-pool-size=2G",
      "--innodb-log-file-size=512M",
      "--innodb-flush-log-at-trx-commit=1",
      "--max-connections=200",
      "--join-buffer-size=4M");

  private static OwnMariaDb running;

  private final Process process;

  private OwnMariaDb(Process process) {
    this.process = process;
  }

  /** The JDBC address of the server, starting it (with an empty data directory) if it is not up. */
  static synchronized String url() {
    if (running == null) {
      running = start();
      Runtime.getRuntime().addShutdownHook(new Thread(OwnMariaDb::stop));
    }
    return "jdbc:mysql://127.0.0.1:" + PORT + "/";
  }

  /** Stops the server if this JVM started it. */
  static synchronized void stop() {
    if (running != null) {
      running.close();
      running = null;
    }
  }

  private static OwnMariaDb start() {
    if (listening()) {
      throw new IllegalStateException("Port " + PORT + " is taken: another server runs there (-Dbench.mariadb.port=…)");
    }
    try {
      deleteRecursively(HOME);
      Path data = Files.createDirectories(HOME.resolve("data"));
      Path log = HOME.resolve("install.log");
      Process install = new ProcessBuilder(INSTALL, "--no-defaults", "--datadir=" + data, "--user=root",
          "--auth-root-authentication-method=normal", "--skip-test-db")
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!install.waitFor(2, TimeUnit.MINUTES) || install.exitValue() != 0) {
        throw new IllegalStateException("mariadb-install-db failed, see " + log);
      }
      List<String> command = new ArrayList<>(List.of(SERVER, "--no-defaults", "--user=root",
          "--datadir=" + data, "--port=" + PORT, "--bind-address=127.0.0.1",
          "--socket=" + HOME.resolve("mariadb.sock"), "--pid-file=" + HOME.resolve("mariadb.pid"),
          "--tmpdir=" + Files.createDirectories(HOME.resolve("tmp")),
          "--log-error=" + HOME.resolve("error.log")));
      command.addAll(PRODUCTION_SETTINGS);
      Process server = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(HOME.resolve("console.log").toFile()).start();
      Instant deadline = Instant.now().plus(START_TIMEOUT);
      while (!listening()) {
        if (!server.isAlive() || Instant.now().isAfter(deadline)) {
          server.destroyForcibly();
          throw new IllegalStateException("The benchmark's MariaDB did not start, see " + HOME.resolve("error.log"));
        }
        Thread.sleep(200);
      }
      System.out.printf("[bench] own MariaDB on port %d, data in %s%n", PORT, data);
      return new OwnMariaDb(server);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean listening() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", PORT), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A clean shutdown (SIGTERM), so the next start does not recover a crashed server. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (var paths = Files.walk(directory)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
