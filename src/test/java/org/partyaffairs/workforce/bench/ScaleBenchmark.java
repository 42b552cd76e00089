package org.partyaffairs.workforce.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The scale benchmark ({@code ./mvnw verify -Pbench}, issue 9): on each database, the whole
 * application in this JVM (web server, job executor, authorization and town isolation on), and
 * side by side in one run:
 * <ul>
 * <li>the floor: the raw engine's instances per second on the same database and settings;
 * <li>assessment campaigns of each size, workers per second and their ratio to the floor, and the
 * peak heap during the 10,000-worker one;
 * <li>the timer storm: notices whose periods end at the same moment, seconds until all closed;
 * <li>Tasklist at 50,000 (and more) open tasks: first page and count, median and p95, and the same
 * with authorization off, the engine's floor for that query on that server;
 * </ul>
 * the last two once as shipped and once with Camunda's defaults (the before and after of the
 * tuning). Prints each figure as it comes and writes {@code target/bench/scale.md}, {@code .csv}
 * and {@code .png}.
 */
public final class ScaleBenchmark {

  private static final List<BenchDatabase> DATABASES = BenchDatabase.parse(System.getProperty("bench.databases", "h2,mysql,production"));
  private static final List<Integer> CAMPAIGNS = integers(System.getProperty("bench.campaigns", "1000,10000")).stream()
      .filter(workers -> workers > 0).toList();
  private static final int HEAP_CAMPAIGN = 10_000;
  private static final int FLOOR_INSTANCES = Integer.getInteger("bench.floor", 2000);
  /** Open tasks at which Tasklist is measured, growing: {@code 50000,100000}. */
  private static final List<Integer> TASKS = integers(System.getProperty("bench.tasks", "50000,100000")).stream()
      .filter(tasks -> tasks > 0).toList();
  private static final int NOTICES = Integer.getInteger("bench.notices", 10_000);
  private static final int CALLS = Integer.getInteger("bench.calls", 50);
  private static final int THREADS = Integer.getInteger("bench.threads", 4);
  /** Whether Tasklist and the timer storm run a second time with Camunda's defaults ({@code -Dbench.defaults=false}: not). */
  private static final boolean DEFAULTS = Boolean.parseBoolean(System.getProperty("bench.defaults", "true"));

  private final Results results = new Results();

  public static void main(String[] args) throws IOException {
    new ScaleBenchmark().run();
  }

  private void run() throws IOException {
    Path directory = Files.createDirectories(Path.of("target", "bench"));
    // The applications' logs of this run only (a log file is appended to).
    try (Stream<Path> logs = Files.list(directory)) {
      for (Path log : logs.filter(file -> file.toString().endsWith(".log")).toList()) {
        Files.delete(log);
      }
    }
    for (BenchDatabase database : DATABASES) {
      System.out.printf("[bench] === %s ===%n", database.label());
      database.empty();
      int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
      try (BenchRun run = BenchRun.start(database, EngineSettings.SHIPPED); Crew crew = new Crew(THREADS)) {
        List<String> towns = Cohort.towns(run);
        double floor = FLOOR_INSTANCES > 0 ? floor(run, crew) : Double.NaN;
        for (int workers : CAMPAIGNS) {
          campaign(run, crew, towns, workers, year--, floor);
        }
        timerStorm(run, crew, towns);
        int open = 0;
        for (int tasks : TASKS) {
          TasklistScenario.openTasks(run, tasks - open, year--, towns);
          open = tasks;
          tasklist(run, tasks);
        }
      }
      if (DEFAULTS && (!TASKS.isEmpty() || NOTICES > 0)) {
        try (BenchRun run = BenchRun.start(database, EngineSettings.CAMUNDA_DEFAULTS); Crew crew = new Crew(THREADS)) {
          if (!TASKS.isEmpty()) {
            tasklist(run, TASKS.get(TASKS.size() - 1));
          }
          timerStorm(run, crew, Cohort.towns(run));
        }
      }
    }
    OwnMariaDb.stop();
    results.note(String.format("machine: %s, max heap %.0f MiB; %d threads of users", Machine.describe(),
        HeapSampler.maxHeapMiB(), THREADS));
    results.write(directory);
    System.out.println("\n" + results.markdown());
  }

  private double floor(BenchRun run, Crew crew) {
    FloorScenario floor = new FloorScenario(run, crew);
    floor.measure(FLOOR_INSTANCES / 10);
    double perSecond = floor.measure(FLOOR_INSTANCES);
    results.add(run.database(), "Floor", "raw engine: start → user task → async no-op → end, instances/s",
        perSecond, "/s");
    return perSecond;
  }

  private void campaign(BenchRun run, Crew crew, List<String> towns, int workers, int year, double floor) {
    CampaignScenario scenario = new CampaignScenario(run, crew, towns);
    CampaignScenario.Outcome outcome;
    String name = String.format("Campaign %,d", workers);
    if (workers == HEAP_CAMPAIGN) {
      try (HeapSampler heap = new HeapSampler()) {
        outcome = scenario.measure(workers, year);
        results.add(run.database(), name, "peak heap used", heap.peakUsedMiB(), "MiB", Target.atMost(1024, "≤ 1 GiB"));
        results.add(run.database(), name, "peak heap live after a collection", heap.peakLiveMiB(), "MiB");
      }
    } else {
      outcome = scenario.measure(workers, year);
    }
    results.add(run.database(), name, "workers scored and graded per second", outcome.workersPerSecond(), "/s");
    results.add(run.database(), name, "ratio to the floor's instances per second",
        100 * outcome.workersPerSecond() / floor, "%", Target.atLeast(50, "≥ 50%"));
    Target time = switch (workers) {
      case 10_000 -> Target.atMost(180, "≤ 3 min");
      case 100_000 -> Target.atMost(1800, "≤ 30 min");
      default -> null;
    };
    results.add(run.database(), name, "start to every worker graded", outcome.seconds(), "s", time);
    results.add(run.database(), name, "start to the results on public notice", outcome.publishedAfterSeconds(), "s");
  }

  private void timerStorm(BenchRun run, Crew crew, List<String> towns) {
    if (NOTICES == 0) {
      return;
    }
    TimerStormScenario.Outcome outcome = new TimerStormScenario(run, crew, towns).measure(NOTICES);
    String name = String.format("Timer storm %,d (%s)", NOTICES, run.settings().label());
    results.add(run.database(), name, "deadline passed to every notice closed", outcome.seconds(), "s",
        Target.atMost(60, "≤ 60 s"));
    results.add(run.database(), name, "timer jobs per second", outcome.jobsPerSecond(), "/s");
  }

  /**
   * The four Tasklist calls as shipped, and — as shipped only — the same calls with authorization
   * off (the engine's floor on this server) and the product's ratio to it.
   */
  private void tasklist(BenchRun run, int tasks) {
    TasklistScenario scenario = new TasklistScenario(run);
    String name = String.format("Tasklist %,d (%s)", tasks, run.settings().label());
    if (run.database().mySql() && run.settings() == EngineSettings.SHIPPED) {
      scenario.measure(CALLS).forEach((call, latency) -> results.add(run.database(), name,
          call + ", median, statistics as the burst left them", latency.medianMillis(), "ms"));
      scenario.refreshStatistics();
    }
    Map<String, TasklistScenario.Latency> latencies = scenario.measure(CALLS);
    results.note(String.format("%s on %s: load average %s while measured", name, run.database().label(),
        Machine.loadAverage()));
    latencies.forEach((call, latency) -> {
      results.add(run.database(), name, call + ", median", latency.medianMillis(), "ms", Target.atMost(100, "< 100 ms"));
      results.add(run.database(), name, call + ", p95", latency.p95Millis(), "ms");
    });
    if (run.settings() != EngineSettings.SHIPPED) {
      return;
    }
    Map<String, TasklistScenario.Latency> floor = scenario.measureWithoutAuthorization(CALLS);
    String floorName = String.format("Tasklist %,d (authorization off)", tasks);
    floor.forEach((call, latency) -> {
      results.add(run.database(), floorName, call + ", median", latency.medianMillis(), "ms");
      results.add(run.database(), name, call + ", ratio to authorization off",
          latencies.get(call).medianMillis() / Math.max(0.1, latency.medianMillis()), "×", Target.atMost(1.5, "≤ 1.5×"));
    });
  }

  private static List<Integer> integers(String list) {
    return Stream.of(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
  }
}
