package org.partyaffairs.workforce.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A page of tasks (Tasklist's filters, {@code GET /engine-rest/task?firstResult=…&maxResults=…}) read
 * in two steps on MySQL, MariaDB and H2: the engine's own query, with its authorization and tenant
 * checks unchanged, picks the page's task ids, and the page's rows are read by id afterwards.
 *
 * <p>Why: the engine's task query is {@code select distinct RES.*}, and a group's query joins the
 * identity links and the authorizations. The database must then put every matching task, all 23
 * columns of it ({@code DESCRIPTION_} alone is 4,000 characters wide), into a temporary table to
 * remove duplicates before it can sort and cut the first 50: at 100,000 open tasks, 5,000 rows for
 * one town's group, and MariaDB spent most of the query's time writing them (docs/benchmarks.md,
 * "Tasklist on campaign day"). Asked for the ids and the sorting columns only, the same temporary
 * table holds a few bytes per task; the 50 rows of the page are then read by primary key.
 *
 * <p>The rows, their order and the page are the engine's: the inner query is the engine's own
 * criteria ({@code TaskEntity.selectTaskByQueryCriteriaSql}) with its own ordering and limit. A query
 * sorted by anything that is not a plain column of the task (a variable, a case-insensitive name) or
 * asking for every task keeps the engine's statement, as does any other database.
 * {@code PagedTaskQueryTest} holds every page to the engine's own answer.
 */
@Component
class TaskPageQuery extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(TaskPageQuery.class);

  static final String STATEMENT = "org.partyaffairs.workforce.persistence.TaskPage.selectTaskPageByQueryCriteria";
  private static final String MAPPER = "org/partyaffairs/workforce/persistence/TaskPage.xml";
  /** Databases whose {@code LIMIT … OFFSET …} the statement's derived table was tried on. */
  private static final Set<String> DATABASES = Set.of("h2", "mysql", "mariadb");
  /** The task's own columns a page may be sorted by, as the engine names them in its query properties. */
  private static final Set<String> TASK_COLUMNS = Set.of("ID_", "NAME_", "DESCRIPTION_", "PRIORITY_", "ASSIGNEE_",
      "CREATE_TIME_", "LAST_UPDATED_", "PROC_INST_ID_", "CASE_INST_ID_", "EXECUTION_ID_", "CASE_EXECUTION_ID_",
      "DUE_DATE_", "FOLLOW_UP_DATE_", "TENANT_ID_");

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!DATABASES.contains(configuration.getDatabaseType())) {
      log.info("Task pages use the engine's own query on {}", configuration.getDatabaseType());
      return;
    }
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    try (InputStream mapper = TaskPageQuery.class.getClassLoader().getResourceAsStream(MAPPER)) {
      if (mapper == null) {
        throw new IllegalStateException("Missing " + MAPPER);
      }
      new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<Class<?>, SessionFactory> factories = configuration.getSessionFactories();
    factories.put(TaskManager.class, new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return TaskManager.class;
      }

      @Override
      public Session openSession() {
        return new PagedTaskManager();
      }
    });
  }

  /**
   * Whether the page can be read in two steps: a page (not every task), sorted only by the task's
   * own columns. Tasklist sorts a saved filter's tasks by the filter's sorting and then by the one
   * the person picks, so a column may come twice.
   */
  static boolean pagesByTaskColumns(TaskQueryImpl query) {
    if (query.getMaxResults() == Integer.MAX_VALUE) {
      return false;
    }
    for (QueryOrderingProperty ordering : query.getOrderingProperties()) {
      if (ordering.getRelation() != null || ordering.getQueryProperty().getFunction() != null
          || !TASK_COLUMNS.contains(ordering.getQueryProperty().getName())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The columns the inner query selects beside the id, each once, e.g. {@code , RES.DUE_DATE_,
   * RES.CREATE_TIME_}: a {@code select distinct} must select what it is ordered by. Only names from
   * {@link #TASK_COLUMNS} reach the SQL.
   */
  public static String pageColumns(TaskQueryImpl query) {
    Set<String> columns = new LinkedHashSet<>();
    for (QueryOrderingProperty ordering : query.getOrderingProperties()) {
      String column = ordering.getQueryProperty().getName();
      if (TASK_COLUMNS.contains(column) && !column.equals("ID_")) {
        columns.add(column);
      }
    }
    return columns.stream().map(column -> ", RES." + column).collect(Collectors.joining());
  }
}
