package org.partyaffairs.workforce.notification;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open user tasks the scans work through, read from the engine's runtime tables a page at a
 * time: a page's tasks, their candidate links and their processes' {@code workerName} and
 * {@code workerId} in three statements, instead of two engine calls per task; and the tasks a
 * reminder or an escalation is still owed to, with the marks already written left out by the
 * database. On a campaign day with 100,000 open tasks the five-minute scans then read only what is
 * new, and the digest 200 statements rather than 200,000 (docs/capabilities/notifications.md).
 *
 * <p>Read like {@link Directory}: as the application, inside no user's permissions. Pages go by
 * task id (keyset), so tasks completed or created while a scan runs shift nothing.
 */
@Component
class OpenTasks {

  static final int PAGE = 500;

  /** Only active tasks: a suspended process's tasks wait without reminders, as in Tasklist. */
  private static final String ACTIVE = "t.SUSPENSION_STATE_ = 1";

  private final NamedParameterJdbcTemplate jdbc;

  OpenTasks(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The ids of the active tasks due in [{@code dueAfter}, {@code dueBefore}) that have no mark of
   * this kind yet, after {@code afterId}, in id order; {@code dueAfter} may be null (any time
   * before), {@code processInstanceId} narrows to one process (null: every process).
   */
  List<String> unmarked(MessageKind kind, Date dueAfter, Date dueBefore, String processInstanceId, String afterId) {
    MapSqlParameterSource parameters = new MapSqlParameterSource("kind", kind.name())
        .addValue("before", new Timestamp(dueBefore.getTime())).addValue("afterId", afterId).addValue("page", PAGE);
    StringBuilder sql = new StringBuilder("select t.ID_ from ACT_RU_TASK t where " + ACTIVE
        + " and t.DUE_DATE_ < :before and t.ID_ > :afterId");
    if (dueAfter != null) {
      sql.append(" and t.DUE_DATE_ >= :after");
      parameters.addValue("after", new Timestamp(dueAfter.getTime()));
    }
    narrow(sql, parameters, processInstanceId);
    sql.append(" and not exists (select 1 from notification_task_mark m where m.task_id = t.ID_ and m.kind = :kind)")
        .append(" order by t.ID_ limit :page");
    return jdbc.queryForList(sql.toString(), parameters, String.class);
  }

  /** The next page of active tasks after {@code afterId}, in id order, each with its people and worker. */
  List<OpenTask> page(String processInstanceId, String afterId) {
    MapSqlParameterSource parameters = new MapSqlParameterSource("afterId", afterId).addValue("page", PAGE);
    StringBuilder sql = new StringBuilder("select t.ID_ from ACT_RU_TASK t where " + ACTIVE + " and t.ID_ > :afterId");
    narrow(sql, parameters, processInstanceId);
    sql.append(" order by t.ID_ limit :page");
    return load(jdbc.queryForList(sql.toString(), parameters, String.class));
  }

  /** The tasks with these ids that are still open, in id order. */
  List<OpenTask> load(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    jdbc.query("select ID_, NAME_, DUE_DATE_, TENANT_ID_, PROC_INST_ID_, ASSIGNEE_ from ACT_RU_TASK"
        + " where ID_ in (:ids) order by ID_", new MapSqlParameterSource("ids", ids), result -> {
          Timestamp due = result.getTimestamp("DUE_DATE_");
          rows.put(result.getString("ID_"), new Row(result.getString("ID_"), result.getString("NAME_"),
              due == null ? null : new Date(due.getTime()), result.getString("TENANT_ID_"),
              result.getString("PROC_INST_ID_"), result.getString("ASSIGNEE_")));
        });
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, Set<String>> groups = new HashMap<>();
    Map<String, Set<String>> users = new HashMap<>();
    jdbc.query("select TASK_ID_, GROUP_ID_, USER_ID_ from ACT_RU_IDENTITYLINK where TASK_ID_ in (:ids)"
        + " and TYPE_ = 'candidate' order by ID_", new MapSqlParameterSource("ids", rows.keySet()), result -> {
          String task = result.getString("TASK_ID_");
          if (result.getString("GROUP_ID_") != null) {
            groups.computeIfAbsent(task, t -> new LinkedHashSet<>()).add(result.getString("GROUP_ID_"));
          }
          if (result.getString("USER_ID_") != null) {
            users.computeIfAbsent(task, t -> new LinkedHashSet<>()).add(result.getString("USER_ID_"));
          }
        });
    Map<String, WorkerOf> workers = workersOf(rows.values().stream().map(Row::processInstanceId)
        .filter(id -> id != null).distinct().toList());
    List<OpenTask> open = new ArrayList<>(rows.size());
    for (Row row : rows.values()) {
      WorkerOf worker = row.processInstanceId() == null ? WorkerOf.NONE
          : workers.getOrDefault(row.processInstanceId(), WorkerOf.NONE);
      open.add(new OpenTask(row.id(), row.name(), row.due(), row.town(), row.processInstanceId(), worker.name(),
          worker.id(), groups.getOrDefault(row.id(), Set.of()), users.getOrDefault(row.id(), Set.of()),
          row.assignee()));
    }
    return open;
  }

  /** The processes' own {@code workerName} (a string) and {@code workerId} (a long or an integer). */
  private Map<String, WorkerOf> workersOf(List<String> processInstanceIds) {
    Map<String, WorkerOf> workers = new HashMap<>();
    if (processInstanceIds.isEmpty()) {
      return workers;
    }
    jdbc.query("select PROC_INST_ID_, NAME_, TEXT_, LONG_ from ACT_RU_VARIABLE where PROC_INST_ID_ in (:ids)"
        + " and EXECUTION_ID_ = PROC_INST_ID_ and NAME_ in ('workerName', 'workerId')",
        new MapSqlParameterSource("ids", processInstanceIds), result -> {
          String instance = result.getString("PROC_INST_ID_");
          WorkerOf known = workers.getOrDefault(instance, WorkerOf.NONE);
          if ("workerName".equals(result.getString("NAME_"))) {
            workers.put(instance, new WorkerOf(result.getString("TEXT_"), known.id()));
          } else {
            long id = result.getLong("LONG_");
            workers.put(instance, new WorkerOf(known.name(), result.wasNull() ? null : id));
          }
        });
    return workers;
  }

  private static void narrow(StringBuilder sql, MapSqlParameterSource parameters, String processInstanceId) {
    if (processInstanceId != null) {
      sql.append(" and t.PROC_INST_ID_ = :processInstanceId");
      parameters.addValue("processInstanceId", processInstanceId);
    }
  }

  private record Row(String id, String name, Date due, String town, String processInstanceId, String assignee) {
  }

  private record WorkerOf(String name, Long id) {
    static final WorkerOf NONE = new WorkerOf(null, null);
  }
}
