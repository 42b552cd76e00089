package org.partyaffairs.workforce.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.partyaffairs.workforce.support.ApplicationProcess;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.Rows;

/**
 * What a campaign has stored, read straight from the database (the product's tables and the
 * engine's), so that it can be read while the application is down or has just been killed. The
 * campaign is named by its process instance; the assessments it started are the instances whose
 * root it is.
 */
public final class StoredCampaign {

  /** One worker's assessment of the campaign and the instance that took it up, if one has. */
  public record StoredAssessment(long workerId, String townCode, String processInstanceId) {
  }

  /** A started AnnualAssessmentProcess instance. */
  public record AssessmentInstance(String id, String businessKey, String superExecutionId) {
  }

  /**
   * The campaign's jobs {@code j}: those of its own instance and of the instances it called. Not by
   * the job's own ROOT_PROC_INST_ID_: Camunda's job acquisition writes that column back empty when
   * it locks a job (unless jobExecutorAcquireExclusiveOverProcessHierarchies is on).
   */
  private static final String CAMPAIGN_JOB = """
      j.PROCESS_INSTANCE_ID_ in (select PROC_INST_ID_ from ACT_RU_EXECUTION where ROOT_PROC_INST_ID_ = ?)""";

  private final Connection connection;
  private final String processInstanceId;

  public StoredCampaign(Connection connection, String processInstanceId) {
    this.connection = connection;
    this.processInstanceId = processInstanceId;
  }

  /**
   * The city office starts this year's kunshan campaign through its start form over the engine REST
   * API of the application, as Tasklist does; answers the campaign as the database holds it.
   */
  public static StoredCampaign startOverRest(Connection connection, ApplicationProcess application) {
    int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    HttpResponse<String> started = new Http(application.port()).postJson(
        "/engine-rest/process-definition/key/AssessmentCampaignProcess/submit-form", "office", "demo", """
            {"variables": {"assessmentYear": {"value": %d, "type": "Long"},
                           "assessmentPolicy": {"value": "kunshan", "type": "String"}}}""".formatted(year));
    assertThat(started.statusCode()).as("campaign start on %s: %s", application.describe(), started.body())
        .isEqualTo(200);
    try {
      return new StoredCampaign(connection, new ObjectMapper().readTree(started.body()).get("id").asText());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(started.body(), e);
    }
  }

  public long id() {
    return number("select id from assessment_campaign where process_instance_id = ?");
  }

  /** The cohort size the campaign recorded when it chose its workers (null before). */
  public Integer recordedWorkers() {
    return query("select workers from assessment_campaign where process_instance_id = ?",
        rows -> rows.getObject(1) == null ? null : rows.getInt(1), processInstanceId).stream().findFirst().orElse(null);
  }

  public String status() {
    return query("select status from assessment_campaign where process_instance_id = ?", rows -> rows.getString(1),
        processInstanceId).get(0);
  }

  public List<StoredAssessment> assessments() {
    return query("""
        select a.worker_id, a.town_code, a.process_instance_id from assessment a
        join assessment_campaign c on c.id = a.campaign_id where c.process_instance_id = ? order by a.worker_id""",
        rows -> new StoredAssessment(rows.getLong(1), rows.getString(2), rows.getString(3)), processInstanceId);
  }

  /** The running AnnualAssessmentProcess instances the campaign called. */
  public List<AssessmentInstance> runningAssessmentInstances() {
    return query("""
        select ID_, BUSINESS_KEY_, SUPER_EXEC_ from ACT_RU_EXECUTION
        where ROOT_PROC_INST_ID_ = ? and ID_ = PROC_INST_ID_ and PROC_DEF_KEY_ = 'AnnualAssessmentProcess'""",
        rows -> new AssessmentInstance(rows.getString(1), rows.getString(2), rows.getString(3)), processInstanceId);
  }

  public int runningAssessmentCount() {
    return (int) number("""
        select count(*) from ACT_RU_EXECUTION
        where ROOT_PROC_INST_ID_ = ? and ID_ = PROC_INST_ID_ and PROC_DEF_KEY_ = 'AnnualAssessmentProcess'""");
  }

  /** Every AnnualAssessmentProcess instance the history knows under the campaign, ended ones included. */
  public int historicAssessmentCount() {
    return (int) number("""
        select count(*) from ACT_HI_PROCINST where ROOT_PROC_INST_ID_ = ? and PROC_DEF_KEY_ = 'AnnualAssessmentProcess'""");
  }

  /** Open 提交年度述职 tasks of the campaign's assessments: where each assessment waits for its worker. */
  public int openSelfReportTasks() {
    return (int) number("""
        select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
        where e.ROOT_PROC_INST_ID_ = ? and t.TASK_DEF_KEY_ = 'Task_SubmitSelfReport'""");
  }

  /** The campaign's jobs not yet done: its own and those of the processes it called. */
  public int pendingJobs() {
    return (int) number("select count(*) from ACT_RU_JOB j where " + CAMPAIGN_JOB);
  }

  public int failingJobs() {
    return (int) number("select count(*) from ACT_RU_JOB j where j.EXCEPTION_MSG_ is not null and " + CAMPAIGN_JOB);
  }

  /** The campaign's pending jobs, one line each, for failure messages. */
  public List<String> describePendingJobs() {
    return query("""
        select j.ID_, j.PROCESS_DEF_KEY_, d.ACT_ID_, j.LOCK_OWNER_, j.LOCK_EXP_TIME_, j.RETRIES_, j.DUEDATE_,
               j.EXCEPTION_MSG_
        from ACT_RU_JOB j left join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ where\s""" + CAMPAIGN_JOB,
        rows -> rows.getString(1) + " " + rows.getString(2) + "/" + rows.getString(3) + " locked by "
            + rows.getString(4) + " until " + rows.getTimestamp(5) + ", retries " + rows.getInt(6) + ", due "
            + rows.getTimestamp(7) + ", exception " + rows.getString(8), processInstanceId);
  }

  /** Open incidents anywhere in the engine (the database holds this campaign and the demo data only). */
  public List<String> incidents() {
    return query("select INCIDENT_TYPE_, ACTIVITY_ID_, INCIDENT_MSG_ from ACT_RU_INCIDENT",
        rows -> rows.getString(1) + " at " + rows.getString(2) + ": " + rows.getString(3));
  }

  /** The campaign's job runs that failed, even ones a retry later made good. */
  public List<String> failedJobRuns() {
    return query("""
        select PROCESS_DEF_KEY_, ACT_ID_, JOB_EXCEPTION_MSG_ from ACT_HI_JOB_LOG
        where ROOT_PROC_INST_ID_ = ? and JOB_STATE_ = 1""",
        rows -> rows.getString(1) + "/" + rows.getString(2) + ": " + rows.getString(3), processInstanceId);
  }

  /** A number the statement answers about the campaign. */
  private long number(String sql) {
    return Rows.number(connection, sql, processInstanceId);
  }

  private <T> List<T> query(String sql, Rows.Row<T> row, Object... parameters) {
    return Rows.query(connection, sql, row, parameters);
  }
}
