package org.partyaffairs.workforce.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged application in a process of its own, run as production runs it ({@code java -jar}
 * on the jar {@code package} built, the profiles and environment it is given, its job executor as
 * configured): started, awaited until it serves, killed without warning, stopped, and started
 * again on the same port as a restart. Each run writes its output to its own log under
 * {@code target/<name>/}, and every failure names that log.
 *
 * <p>Close it in {@code @AfterAll} or a finally block; a shutdown hook kills a run the test JVM
 * leaves behind anyway, so that no application outlives the build.
 */
public final class ApplicationProcess implements AutoCloseable {

  /** The build's output folder: {@code target}, or the Operaton build's (docs/operaton.md) when failsafe names it. */
  private static final Path TARGET = Path.of(System.getProperty("app.target", "target"));
  private static final Duration POLL = Duration.ofSeconds(1);
  private static final Duration GRACE = Duration.ofSeconds(60);

  private final String name;
  private final List<String> profiles;
  private final Map<String, String> environment;
  private final Path directory;
  private final Path jar;
  private final int port;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Process process;
  private Thread reaper;
  private Path log;
  private int runs;

  /**
   * @param name names the working directory and the logs under {@code target/}
   * @param environment added to the inherited environment (e.g. the database the mysql profile reads)
   */
  public ApplicationProcess(String name, List<String> profiles, Map<String, String> environment) {
    this(name, profiles, environment, null);
  }

  /**
   * @param jar the executable jar to run, another build's (the Camunda and the Operaton build of one
   *     database, {@code CamundaToOperatonIT}); null for the jar this build packaged
   */
  public ApplicationProcess(String name, List<String> profiles, Map<String, String> environment, Path jar) {
    this.jar = jar;
    this.name = name;
    this.profiles = List.copyOf(profiles);
    this.environment = Map.copyOf(environment);
    this.directory = TARGET.resolve(name).toAbsolutePath();
    this.port = freePort();
  }

  /** The executable jar {@code package} built ({@code target/*.jar}, not the plain {@code *.original}). */
  public static Path packagedJar() {
    try (Stream<Path> files = Files.list(TARGET)) {
      List<Path> jars = files.filter(file -> file.getFileName().toString().endsWith(".jar")).toList();
      if (jars.size() != 1) {
        throw new IllegalStateException("Expected one executable jar in " + TARGET.toAbsolutePath()
            + " (run through ./mvnw verify, which packages it first), found " + jars);
      }
      return jars.get(0).toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("No " + TARGET.toAbsolutePath() + " (run through ./mvnw verify)", e);
    }
  }

  /** Starts the next run, its output in its own log; returns at once (see {@link #awaitReady}). */
  public ApplicationProcess start() {
    if (isRunning()) {
      throw new IllegalStateException(describe() + " is still running");
    }
    runs++;
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", (jar == null ? packagedJar() : jar).toString(),
        "--spring.profiles.active=" + String.join(",", profiles),
        "--server.port=" + port,
        // Readiness turns UP once the application runners (users, demo data) are done, not merely the server.
        "--management.endpoint.health.probes.enabled=true"));
    try {
      Files.createDirectories(directory);
      log = directory.resolve("run-" + runs + ".log");
      ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      builder.environment().putAll(environment);
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + command, e);
    }
    Process started = process;
    reaper = new Thread(started::destroyForcibly, name + "-reaper");
    Runtime.getRuntime().addShutdownHook(reaper);
    return this;
  }

  /** Waits until the application is ready to serve; fails at once if it exits, with its log named. */
  public void awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    HttpRequest readiness = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
        .timeout(Duration.ofSeconds(10)).GET().build();
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(describe() + " exited with " + process.exitValue() + " before it was ready\n"
            + tail());
      }
      try {
        if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // The server is not listening yet: wait on.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(describe() + " not ready within " + timeout + "\n" + tail());
      }
      Await.sleep(POLL);
    }
  }

  /**
   * Kills the run with SIGKILL, as a power cut or {@code kill -9} does: no shutdown hook, no
   * transaction finished, nothing unlocked. Returns once the process is gone, with its exit value
   * (137 on Linux, 128 + SIGKILL, unless it had already ended by itself).
   */
  public int kill() {
    process.destroyForcibly();
    awaitExit(GRACE);
    return process.exitValue();
  }

  /** Stops the run as an operator does (SIGTERM), and kills it if it does not stop in time. */
  public void stop() {
    if (!isRunning()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    awaitExit(GRACE);
  }

  /** Stops the run if there is one. */
  @Override
  public void close() {
    stop();
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  public int port() {
    return port;
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  /** The run, its process and its log, for failure messages. */
  public String describe() {
    return "application " + name + " run " + runs + (process == null ? "" : " (pid " + process.pid() + ")")
        + ", log " + log;
  }

  private void awaitExit(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException(describe() + " still running " + timeout + " after it was ended");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already exiting: the hook is harmless now.
    }
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return "--- last lines of " + log + " ---\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
