package org.partyaffairs.workforce.cluster;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partyaffairs.workforce.support.Rows;

/**
 * What the two nodes stored in their one database, read straight from it (the engine's tables and
 * ours), so that it can be read whichever node is up: Flyway's history, the deployment, the
 * start-up set-up, the jobs and their log (HOSTNAME_ names the node that ran a job), and the
 * business records the instances left.
 */
final class ClusterRecords {

  /** ACT_HI_JOB_LOG.JOB_STATE_ of a run that failed, and of one that succeeded (Camunda's JobState). */
  private static final int FAILED = 1;
  private static final int SUCCESSFUL = 2;

  private final Connection connection;

  ClusterRecords(Connection connection) {
    this.connection = connection;
  }

  // --- start-up

  List<String> failedOrRepeatedMigrations() {
    return strings("""
        select concat(version, ': ', count(*), ' runs, ', sum(case when success then 0 else 1 end), ' failed')
        from flyway_schema_history where version is not null
        group by version having count(*) > 1 or min(success) = 0""");
  }

  long deployments() {
    return Rows.number(connection, "select count(*) from ACT_RE_DEPLOYMENT");
  }

  Map<String, Long> processKeysWithVersions() {
    return counts("select KEY_, count(*) from ACT_RE_PROCDEF group by KEY_");
  }

  Map<String, Long> formKeysWithVersions() {
    return counts("select KEY_, count(*) from ACT_RE_CAMFORMDEF group by KEY_");
  }

  List<String> duplicateFilters() {
    return strings("select NAME_ from ACT_RU_FILTER group by NAME_ having count(*) > 1");
  }

  List<String> duplicateAuthorizations() {
    return strings("""
        select concat(TYPE_, ' ', coalesce(GROUP_ID_, USER_ID_), ' ', RESOURCE_TYPE_, ' ', RESOURCE_ID_)
        from ACT_RU_AUTHORIZATION
        group by TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_ having count(*) > 1""");
  }

  List<String> demoWorkers() {
    return strings("select user_id from worker where user_id is not null");
  }

  List<String> duplicatePostStations() {
    return strings("select station from post group by town_code, station having count(*) > 1");
  }

  /** The database's clock, read as the other times here are (compare with those only). */
  Timestamp now() {
    return Rows.query(connection, "select now(3)", rows -> rows.getTimestamp(1)).get(0);
  }

  // --- the engine at work

  long runningInstances(String processKey) {
    return Rows.number(connection,
        "select count(*) from ACT_RU_EXECUTION where PROC_DEF_KEY_ = ? and ID_ = PROC_INST_ID_", processKey);
  }

  long endedInstances(String processKey) {
    return Rows.number(connection,
        "select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = ? and END_TIME_ is not null", processKey);
  }

  List<OpenTask> openTasks(String taskDefinitionKey) {
    return Rows.query(connection, "select ID_, ASSIGNEE_, TENANT_ID_ from ACT_RU_TASK where TASK_DEF_KEY_ = ? order by ID_",
        rows -> new OpenTask(rows.getString(1), rows.getString(2), rows.getString(3)), taskDefinitionKey);
  }

  long timers(String processKey) {
    return Rows.number(connection, "select count(*) from ACT_RU_JOB where TYPE_ = 'timer' and PROCESS_DEF_KEY_ = ?",
        processKey);
  }

  /**
   * The clock passes the process's timers: they come due from now (the database's clock, the one
   * the nodes write with) until {@code spread} from now, and whichever node acquires next runs
   * them. Answers how many. The product checks the period on its own record as well: move that too.
   */
  private int bringTimersDue(String processKey, Duration spread) {
    List<String> timers = Rows.query(connection,
        "select ID_ from ACT_RU_JOB where TYPE_ = 'timer' and PROCESS_DEF_KEY_ = ? order by ID_",
        rows -> rows.getString(1), processKey);
    for (int i = 0; i < timers.size(); i++) {
      long seconds = spread.toSeconds() * i / Math.max(1, timers.size());
      Rows.update(connection, "update ACT_RU_JOB set DUEDATE_ = date_add(now(), interval ? second) where ID_ = ?",
          seconds, timers.get(i));
    }
    return timers.size();
  }

  /** Jobs due now, running or waiting to run, on either node: none means both nodes are idle. */
  int dueJobs() {
    List<Integer> count = Rows.query(connection,
        "select count(*) from ACT_RU_JOB where RETRIES_ > 0 and SUSPENSION_STATE_ = 1 and (DUEDATE_ is null or DUEDATE_ <= now())",
        rows -> rows.getInt(1));
    return count.get(0);
  }

  /**
   * The three months of the warnings in their period pass: the product's record of each period
   * ends now, and the engine's timers waiting for them come due over {@code spread}, two a second,
   * as periods begun on different days end at different moments. Answers how many timers.
   */
  int endWarningPeriods(Duration spread) {
    Rows.update(connection, "update warning set period_ends_at = now(3) where status = 'IN_PERIOD'");
    return bringTimersDue("WarningTalkProcess", spread);
  }

  /** The week of the open notices passes: each notice's record and its timer both end now. */
  int endNoticePeriods() {
    Rows.update(connection, "update notice set closes_at = now(3) where status = 'OPEN'");
    return bringTimersDue("PublicNoticeProcess", Duration.ZERO);
  }

  /**
   * The jobs the node holds now, by id, with the time their lock runs out: the product names the
   * node in its lock owner ({@code process.NodeNamedJobLocks}).
   */
  Map<String, Timestamp> lockedBy(String node) {
    Map<String, Timestamp> locks = new LinkedHashMap<>();
    Rows.query(connection, "select ID_, LOCK_EXP_TIME_ from ACT_RU_JOB where LOCK_OWNER_ like concat(?, '/%')",
        rows -> locks.put(rows.getString(1), rows.getTimestamp(2)), node);
    return locks;
  }

  /** When node A ran each of these jobs after its lock had expired (none, for a job it ran before). */
  List<Timestamp> takenOverAfterTheirLock(Map<String, Timestamp> locks) {
    return locks.entrySet().stream().flatMap(lock -> Rows.query(connection, """
            select TIMESTAMP_ from ACT_HI_JOB_LOG where JOB_ID_ = ? and JOB_STATE_ = ? and HOSTNAME_ = 'node-a'
            and TIMESTAMP_ >= ?""", rows -> rows.getTimestamp(1), lock.getKey(), SUCCESSFUL, lock.getValue())
        .stream()).toList();
  }

  /** How far ahead the furthest job lock runs out, in seconds (0 with none locked). */
  long longestLockAheadSeconds() {
    return Rows.number(connection, """
        select coalesce(max(timestampdiff(SECOND, now(), LOCK_EXP_TIME_)), 0) from ACT_RU_JOB
        where LOCK_EXP_TIME_ is not null""");
  }

  /** Every job left, one line each, for failure messages (the first 30). */
  List<String> pendingJobs() {
    return Rows.query(connection, """
        select j.ID_, j.PROCESS_DEF_KEY_, d.ACT_ID_, j.LOCK_OWNER_, j.LOCK_EXP_TIME_, j.RETRIES_, j.DUEDATE_
        from ACT_RU_JOB j left join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ order by j.DUEDATE_ limit 30""",
        rows -> rows.getString(1) + " " + rows.getString(2) + "/" + rows.getString(3) + " locked by "
            + rows.getString(4) + " until " + rows.getTimestamp(5) + ", retries " + rows.getInt(6) + ", due "
            + rows.getTimestamp(7));
  }

  List<String> failingJobs() {
    return strings("""
        select concat(ID_, ' ', PROCESS_DEF_KEY_, ': ', EXCEPTION_MSG_) from ACT_RU_JOB where EXCEPTION_MSG_ is not null""");
  }

  // --- the job log

  long successfulRuns(String node, String activityId) {
    return Rows.number(connection,
        "select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = ? and HOSTNAME_ = ? and ACT_ID_ = ?", SUCCESSFUL,
        node, activityId);
  }

  Map<String, Long> successfulRunsByNode() {
    return counts("select HOSTNAME_, count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = ? group by HOSTNAME_",
        SUCCESSFUL);
  }

  /** By node, the successful runs of one kind of job (JOB_DEF_TYPE_: async-continuation, timer-…). */
  Map<String, Long> successfulRunsByNodeAndType(String jobType) {
    return counts("""
        select HOSTNAME_, count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = ? and JOB_DEF_TYPE_ = ?
        group by HOSTNAME_""", SUCCESSFUL, jobType);
  }

  List<String> jobsRunMoreThanOnce() {
    return strings("""
        select concat(JOB_ID_, ' ', max(ACT_ID_), ' ran ', count(*), ' times') from ACT_HI_JOB_LOG
        where JOB_STATE_ = ? group by JOB_ID_ having count(*) > 1""", SUCCESSFUL);
  }

  List<String> failedJobRuns() {
    return strings("""
        select concat(HOSTNAME_, ' ', PROCESS_DEF_KEY_, '/', ACT_ID_, ': ', coalesce(JOB_EXCEPTION_MSG_, ''))
        from ACT_HI_JOB_LOG where JOB_STATE_ = ?""", FAILED);
  }

  // --- our own records

  String townOf(long workerId) {
    return Rows.query(connection, "select town_code from worker where id = ?", rows -> rows.getString(1), workerId)
        .get(0);
  }

  /** Workers a campaign would take now (AssessmentRepository#takeCohort). */
  int assessableWorkers() {
    return (int) Rows.number(connection, """
        select count(*) from worker where status = 'ACTIVE' and assessment_eligible = true and under_warning = false""");
  }

  long gradedAssessments() {
    return Rows.number(connection, "select count(*) from assessment where grade is not null");
  }

  Map<String, Long> assessmentsByStatus() {
    return counts("select status, count(*) from assessment group by status");
  }

  Map<String, Long> decisionsBySubject(String decision) {
    return counts("select subject_id, count(*) from decision_record where decision = ? group by subject_id", decision);
  }

  Map<String, Long> trailByWorker(String event) {
    return counts("select worker_id, count(*) from trail_entry where event = ? group by worker_id", event);
  }

  Map<String, Long> warningsByStatus() {
    return counts("select status, count(*) from warning group by status");
  }

  long closedNotices() {
    return Rows.number(connection, "select count(*) from notice where status = 'CLOSED'");
  }

  private List<String> strings(String sql, Object... parameters) {
    return Rows.query(connection, sql, rows -> rows.getString(1), parameters);
  }

  /** A key and a count per row, in the rows' order. */
  private Map<String, Long> counts(String sql, Object... parameters) {
    Map<String, Long> counts = new LinkedHashMap<>();
    Rows.query(connection, sql, rows -> counts.put(rows.getString(1), rows.getLong(2)), parameters);
    return counts;
  }
}
