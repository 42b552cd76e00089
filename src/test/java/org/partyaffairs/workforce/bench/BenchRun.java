package org.partyaffairs.workforce.bench;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.WorkforceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole application, its web server and job executor included, started in the benchmark's JVM
 * on one database with one set of engine settings. Its log goes to {@code target/bench/}; the
 * console keeps warnings only, so that the benchmark's own progress stays readable.
 */
final class BenchRun implements AutoCloseable {

  /** The floor's no-op service task. */
  static final String NOOP = "benchNoop";

  private final BenchDatabase database;
  private final EngineSettings settings;
  private final ConfigurableApplicationContext context;

  private BenchRun(BenchDatabase database, EngineSettings settings, ConfigurableApplicationContext context) {
    this.database = database;
    this.settings = settings;
    this.context = context;
  }

  static BenchRun start(BenchDatabase database, EngineSettings settings) {
    Map<String, Object> properties = new HashMap<>(database.properties());
    properties.putAll(settings.properties());
    properties.put("server.port", "0");
    properties.put("logging.threshold.console", "WARN");
    properties.put("logging.file.name", "target/bench/" + database.name().toLowerCase() + "-"
        + settings.name().toLowerCase() + ".log");
    JavaDelegate noop = execution -> { };
    // As command-line arguments: they override application.yaml, which default properties would not.
    String[] arguments = properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
        .toArray(String[]::new);
    ConfigurableApplicationContext context = new SpringApplicationBuilder(WorkforceApplication.class)
        .profiles(database.profiles())
        .initializers(ctx -> ctx.getBeanFactory().registerSingleton(NOOP, noop))
        .run(arguments);
    BenchRun run = new BenchRun(database, settings, context);
    BenchIndexes.apply(run.jdbc(), database, settings.withProductIndexes());
    return run;
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  JdbcTemplate jdbc() {
    return bean(JdbcTemplate.class);
  }

  int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  BenchDatabase database() {
    return database;
  }

  EngineSettings settings() {
    return settings;
  }

  @Override
  public void close() {
    context.close();
  }
}
