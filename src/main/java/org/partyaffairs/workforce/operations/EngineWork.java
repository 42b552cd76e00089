package org.partyaffairs.workforce.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.management.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The engine's work as metrics (Micrometer, scraped at {@code /actuator/prometheus} by
 * administrators): open and overdue tasks per town and group, jobs waiting and jobs out of retries,
 * open incidents by type, whether this node's job executor runs, and the engine's own counters.
 *
 * <p>Counting 100,000 open tasks takes the database a tenth of a second, too much for every scrape
 * of every node: the figures are read every {@code workforce.metrics.refresh} (30 s) and the gauges
 * answer the last reading. They are the database's, so every node answers the same (take
 * {@code max}, not {@code sum}, across nodes); only {@code workforce_job_executor_active} is the
 * node's own. The engine's counters ({@code workforce_engine_reported}) are the sums of what the
 * nodes wrote to {@code ACT_RU_METER_LOG}: a node writes its own when it reads them and every 15
 * minutes otherwise (Camunda's reporter), so another node's may lag by as much.
 */
@Component
class EngineWork implements MeterBinder {

  private static final Logger LOG = LoggerFactory.getLogger(EngineWork.class);

  /** Camunda's counters worth watching, under their own names. */
  static final List<String> ENGINE_COUNTERS = List.of(Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS,
      Metrics.JOB_EXECUTION_REJECTED, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED, Metrics.JOB_LOCKED_EXCLUSIVE,
      Metrics.ROOT_PROCESS_INSTANCE_START, Metrics.ACTIVTY_INSTANCE_START, Metrics.ACTIVTY_INSTANCE_END);

  /** A task offered to no group (a worker's own, or assigned by name). */
  static final String NO_GROUP = "none";
  /** A task outside any town (the city's). */
  static final String NO_TOWN = "city";

  private final NamedParameterJdbcTemplate jdbc;
  private final ManagementService management;
  private final JobExecutor jobExecutor;
  private final Clock clock;
  private final AtomicLong jobsWaiting = new AtomicLong();
  private final AtomicLong jobsFailed = new AtomicLong();
  private MultiGauge tasksOpen;
  private MultiGauge tasksOverdue;
  private MultiGauge incidents;
  private MultiGauge engineCounters;

  EngineWork(NamedParameterJdbcTemplate jdbc, ProcessEngine engine, Clock clock) {
    this.jdbc = jdbc;
    this.management = engine.getManagementService();
    this.jobExecutor = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getJobExecutor();
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    tasksOpen = MultiGauge.builder("workforce.tasks.open").description("待办任务数（按区镇、候选组）").register(registry);
    tasksOverdue = MultiGauge.builder("workforce.tasks.overdue").description("已超期待办任务数（按区镇、候选组）")
        .register(registry);
    incidents = MultiGauge.builder("workforce.incidents.open").description("未解决的流程事件（按类型）").register(registry);
    engineCounters = MultiGauge.builder("workforce.engine.reported")
        .description("引擎计数（各节点写入 ACT_RU_METER_LOG 的累计值）").register(registry);
    Gauge.builder("workforce.jobs.waiting", jobsWaiting, AtomicLong::get).description("到期待执行的作业数").register(registry);
    Gauge.builder("workforce.jobs.failed", jobsFailed, AtomicLong::get).description("重试次数已用尽的作业数")
        .register(registry);
    Gauge.builder("workforce.job.executor.active", this, work -> work.jobExecutor != null && work.jobExecutor.isActive() ? 1 : 0)
        .description("本节点作业执行器是否在运行（1 是，0 否）").register(registry);
    refresh();
  }

  /** Reads the figures again; a failed reading keeps the last one and says so once. */
  @Scheduled(initialDelayString = "${workforce.metrics.refresh:30s}", fixedDelayString = "${workforce.metrics.refresh:30s}")
  void refresh() {
    if (tasksOpen == null) {
      return;
    }
    try {
      readTasks();
      readIncidents();
      jobsWaiting.set(management.createJobQuery().executable().count());
      jobsFailed.set(management.createJobQuery().noRetriesLeft().count());
      List<MultiGauge.Row<?>> counters = new ArrayList<>();
      for (String name : ENGINE_COUNTERS) {
        long sum = management.createMetricsQuery().name(name).sum();
        counters.add(MultiGauge.Row.of(Tags.of("name", name), sum));
      }
      engineCounters.register(counters, true);
    } catch (RuntimeException e) {
      LOG.warn("Metrics not refreshed, the last figures stand: {}", e.getMessage());
    }
  }

  private void readTasks() {
    List<MultiGauge.Row<?>> open = new ArrayList<>();
    List<MultiGauge.Row<?>> overdue = new ArrayList<>();
    jdbc.query("select t.TENANT_ID_ as town, l.GROUP_ID_ as grp, count(*) as open_tasks,"
        + " sum(case when t.DUE_DATE_ < :now then 1 else 0 end) as overdue_tasks"
        + " from ACT_RU_TASK t left join ACT_RU_IDENTITYLINK l"
        + " on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' and l.GROUP_ID_ is not null"
        + " group by t.TENANT_ID_, l.GROUP_ID_", new MapSqlParameterSource("now", Timestamp.from(clock.instant())),
        result -> {
          Tags tags = Tags.of("town", orElse(result.getString("town"), NO_TOWN), "group",
              orElse(result.getString("grp"), NO_GROUP));
          open.add(MultiGauge.Row.of(tags, result.getLong("open_tasks")));
          overdue.add(MultiGauge.Row.of(tags, result.getLong("overdue_tasks")));
        });
    tasksOpen.register(open, true);
    tasksOverdue.register(overdue, true);
  }

  private void readIncidents() {
    List<Map<String, Object>> rows = jdbc.queryForList(
        "select INCIDENT_TYPE_ as type, count(*) as n from ACT_RU_INCIDENT group by INCIDENT_TYPE_", Map.of());
    List<MultiGauge.Row<?>> byType = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      byType.add(MultiGauge.Row.of(Tags.of("type", String.valueOf(value(row, "type"))),
          ((Number) value(row, "n")).longValue()));
    }
    incidents.register(byType, true);
  }

  /** Column labels come back upper-case from H2 and as written from MySQL. */
  private static Object value(Map<String, Object> row, String label) {
    Object value = row.get(label);
    return value != null ? value : row.get(label.toUpperCase());
  }

  private static String orElse(String value, String otherwise) {
    return value == null || value.isEmpty() ? otherwise : value;
  }
}
