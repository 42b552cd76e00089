package org.partyaffairs.workforce.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.assessment.AssessmentPolicy;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.report.HalfYearFigures.Campaign;
import org.partyaffairs.workforce.report.HalfYearFigures.Count;
import org.partyaffairs.workforce.security.AsSystem;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compiles a town's figures for a half year by read-only queries over the capabilities' tables and
 * the engine's task query. Reading the tables, rather than calling each capability, keeps the report
 * a leaf of the module graph (nothing it reads depends on it, and it calls into nobody's workflow);
 * the tables it reads and what each count means are listed in {@code docs/capabilities/half-year-report.md}.
 */
@Component
@Transactional(readOnly = true)
class TownFigures {

  /** The trail's events that end a worker's service, with the label of the status they end in. */
  private static final Map<String, WorkerStatus> DEPARTURES = departures();
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final EntityManager entityManager;
  private final TaskService tasks;
  private final AsSystem asSystem;
  private final OrganisationUnitRepository units;
  private final ZoneId zone;

  TownFigures(EntityManager entityManager, @Lazy TaskService tasks, AsSystem asSystem,
      OrganisationUnitRepository units, WorkforceProperties properties) {
    this.entityManager = entityManager;
    this.tasks = tasks;
    this.asSystem = asSystem;
    this.units = units;
    this.zone = properties.zone();
  }

  /**
   * The town's figures for the half year compiled at {@code now}: the workers by status as at the
   * half year's end (at {@code now} while it runs), what happened within it, and the posts and open
   * tasks as they stand at {@code now}.
   */
  HalfYearFigures compile(String town, HalfYear half, Instant now) {
    Instant from = half.firstDay().atStartOfDay(zone).toInstant();
    // The half year's end, not now: nothing has happened after now, and a clock held still (tests, a
    // moved engine clock) would otherwise leave out what happened at this very instant.
    Instant until = half.lastDay().plusDays(1).atStartOfDay(zone).toInstant();

    // Who stood where at the half year's end, read from the trail up to that instant: a resignation
    // or a hire after the end changes nothing. (For the half year still running that is now, as
    // nothing has happened after now.)
    StatusesAsOf statuses = statusesAsOf(town, until);
    Map<String, Integer> byStatus = statuses.byStatus();
    List<Count> workersByStatus = new ArrayList<>();
    for (WorkerStatus status : WorkerStatus.values()) {
      workersByStatus.add(new Count(status.name(), status.label(), byStatus.getOrDefault(status.name(), 0)));
    }
    int inService = byStatus.getOrDefault(WorkerStatus.PROBATION.name(), 0)
        + byStatus.getOrDefault(WorkerStatus.ACTIVE.name(), 0);

    Map<String, Integer> left = groupCount("select t.event, count(*) from trail_entry t join worker w on w.id = t.worker_id"
        + " where w.town_code = :town and t.event in (:events) and t.occurred_at >= :from and t.occurred_at < :until"
        + " group by t.event", Map.of("town", town, "events", List.copyOf(DEPARTURES.keySet()), "from", from, "until", until));
    List<Count> departures = new ArrayList<>();
    DEPARTURES.forEach((event, status) ->
        departures.add(new Count(status.name(), status.label(), left.getOrDefault(event, 0))));

    Map<String, Integer> warned = groupCount("select a.status, count(*) from warning a join worker w on w.id = a.worker_id"
        + " where w.town_code = :town and a.started_at >= :from and a.started_at < :until group by a.status",
        Map.of("town", town, "from", from, "until", until));
    List<Count> warnings = List.of(
        new Count("OPEN", "告诫中（待谈话或告诫期内）", warned.getOrDefault("TALK_PENDING", 0) + warned.getOrDefault("IN_PERIOD", 0)),
        new Count("PASSED", "告诫期满合格", warned.getOrDefault("PASSED", 0)),
        new Count("FAILED", "告诫期满不合格", warned.getOrDefault("FAILED", 0)),
        new Count("ENDED_BY_DEPARTURE", "工作者离岗，告诫终止", warned.getOrDefault("ENDED_BY_DEPARTURE", 0)));

    Object[] absences = (Object[]) query("select count(*), count(distinct a.worker_id) from absence a"
        + " join worker w on w.id = a.worker_id where w.town_code = :town and a.absent_on >= :first and a.absent_on <= :last",
        Map.of("town", town, "first", half.firstDay(), "last", half.lastDay())).getSingleResult();

    Campaign campaign = lastCampaign(town, half);
    List<Count> grades = campaign == null ? List.of() : grades(town, campaign);

    Object[] posts = (Object[]) query("select count(*), coalesce(sum(case when p.worker_id is null then 1 else 0 end), 0)"
        + " from post p where p.town_code = :town", Map.of("town", town)).getSingleResult();

    Date dueBefore = Date.from(now);
    long open = asSystem.get(() -> tasks.createTaskQuery().tenantIdIn(town).count());
    long overdue = asSystem.get(() -> tasks.createTaskQuery().tenantIdIn(town).dueBefore(dueBefore).count());

    return new HalfYearFigures(town, units.findById(town).map(unit -> unit.getName()).orElse(town), half.code(),
        half.label(), half.firstDay().toString(), half.lastDay().toString(), STAMP.format(now.atZone(zone)),
        workersByStatus, inService, statuses.underWarning(),
        scalar("select count(*) from trail_entry t join worker w on w.id = t.worker_id where w.town_code = :town"
            + " and t.event = 'HIRED' and t.occurred_at >= :from and t.occurred_at < :until",
            Map.of("town", town, "from", from, "until", until)),
        departures, warnings, number(absences[0]), number(absences[1]), campaign, grades, number(posts[0]),
        number(posts[1]), (int) open, (int) overdue, headcount(town, half, now));
  }

  /** The trail's events that set a worker's status, with the status each sets. */
  private static final Map<String, WorkerStatus> STATUS_EVENTS = statusEvents();
  /** The trail's events of a warning: the first three leave the worker under warning (000 第十三条). */
  private static final List<String> WARNING_EVENTS = List.of("WARNING_DETERMINED", "WARNING_TALK", "WARNING_FAILED",
      "WARNING_PASSED", "WARNING_ENDED");
  private static final List<String> UNDER_WARNING_AFTER = WARNING_EVENTS.subList(0, 3);

  /** The town's workers by status, and how many in service were under warning, at an instant. */
  record StatusesAsOf(Map<String, Integer> byStatus, int underWarning) {
  }

  /**
   * Each worker registered before {@code asOf} in the status their last status event before it set
   * (录用 试用期, 转正 在岗, 辞职, 解聘, 试用期不合格); a worker with no such event on the trail (a record
   * from before the trail) in their status now. Under warning: in service, and their last warning
   * event before {@code asOf} left them under it.
   */
  private StatusesAsOf statusesAsOf(String town, Instant asOf) {
    Map<Long, String> current = new LinkedHashMap<>();
    for (Object row : query("select w.id, w.status from worker w where w.town_code = :town and w.created_at < :asOf",
        Map.of("town", town, "asOf", asOf)).getResultList()) {
      Object[] columns = (Object[]) row;
      current.put(((Number) columns[0]).longValue(), columns[1].toString());
    }
    Map<Long, String> lastStatusEvent = new HashMap<>();
    Map<Long, String> lastWarningEvent = new HashMap<>();
    List<String> events = new ArrayList<>(STATUS_EVENTS.keySet());
    events.addAll(WARNING_EVENTS);
    for (Object row : query("select t.worker_id, t.event from trail_entry t join worker w on w.id = t.worker_id"
        + " where w.town_code = :town and t.event in (:events) and t.occurred_at < :asOf order by t.occurred_at, t.id",
        Map.of("town", town, "events", events, "asOf", asOf)).getResultList()) {
      Object[] columns = (Object[]) row;
      Long worker = ((Number) columns[0]).longValue();
      String event = columns[1].toString();
      (STATUS_EVENTS.containsKey(event) ? lastStatusEvent : lastWarningEvent).put(worker, event);
    }
    Map<String, Integer> byStatus = new LinkedHashMap<>();
    int underWarning = 0;
    for (Map.Entry<Long, String> worker : current.entrySet()) {
      String event = lastStatusEvent.get(worker.getKey());
      String status = event == null ? worker.getValue() : STATUS_EVENTS.get(event).name();
      byStatus.merge(status, 1, Integer::sum);
      boolean inService = status.equals(WorkerStatus.PROBATION.name()) || status.equals(WorkerStatus.ACTIVE.name());
      String warning = lastWarningEvent.get(worker.getKey());
      if (inService && warning != null && UNDER_WARNING_AFTER.contains(warning)) {
        underWarning++;
      }
    }
    return new StatusesAsOf(byStatus, underWarning);
  }

  private static Map<String, WorkerStatus> statusEvents() {
    Map<String, WorkerStatus> events = new LinkedHashMap<>();
    events.put("HIRED", WorkerStatus.PROBATION);
    events.put("CONFIRMED", WorkerStatus.ACTIVE);
    events.putAll(departures());
    return events;
  }

  /**
   * The last campaign of a year up to the half year's own in which the town's workers were
   * assessed: the grades a report of 2026年上半年 gives are those of the 2025 campaign until the 2026
   * one has assessed them.
   */
  private Campaign lastCampaign(String town, HalfYear half) {
    List<?> rows = query("select c.id, c.assessment_year, c.policy from assessment_campaign c where c.assessment_year <= :year"
        + " and exists (select 1 from assessment a where a.campaign_id = c.id and a.town_code = :town)"
        + " order by c.assessment_year desc, c.id desc", Map.of("year", half.year(), "town", town))
        .setMaxResults(1).getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] row = (Object[]) rows.get(0);
    AssessmentPolicy policy = policy(row[2].toString());
    return new Campaign(number(row[1]), policy.code(), policy.label(), ((Number) row[0]).longValue());
  }

  /** The campaign table keeps the policy as its enum name ({@code LANZHOU}); older rows may hold the code. */
  private static AssessmentPolicy policy(String stored) {
    for (AssessmentPolicy policy : AssessmentPolicy.values()) {
      if (policy.name().equals(stored) || policy.code().equals(stored)) {
        return policy;
      }
    }
    return AssessmentPolicy.of(stored);
  }

  /** The campaign's grades of the town's workers, every grade of the policy, zero included, then 未评定. */
  private List<Count> grades(String town, Campaign campaign) {
    List<?> rows = query("select a.grade, count(*) from assessment a where a.campaign_id = :campaign"
        + " and a.town_code = :town group by a.grade", Map.of("campaign", campaign.id(), "town", town)).getResultList();
    Map<String, Integer> counted = new LinkedHashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      counted.put(columns[0] == null ? "UNGRADED" : columns[0].toString(), number(columns[1]));
    }
    List<Count> grades = new ArrayList<>();
    GradeLabels.of(campaign.policy()).forEach((grade, label) ->
        grades.add(new Count(grade, label, counted.getOrDefault(grade, 0))));
    grades.add(new Count("UNGRADED", "尚未评定", counted.getOrDefault("UNGRADED", 0)));
    return grades;
  }

  /**
   * Workers in service at the end of each month of the half year that has begun (the month still
   * running: as at {@code now}): registered by then, past candidacy, and not yet left by then.
   */
  private List<Count> headcount(String town, HalfYear half, Instant now) {
    List<Count> points = new ArrayList<>();
    for (YearMonth month : half.months()) {
      Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
      if (!start.isBefore(now)) {
        break;
      }
      Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
      points.add(new Count(month.toString(), month.getMonthValue() + "月", scalar("select count(*) from worker w"
          + " where w.town_code = :town and w.created_at < :end and w.status <> 'CANDIDATE' and not exists"
          + " (select 1 from trail_entry t where t.worker_id = w.id and t.event in (:events) and t.occurred_at < :end)",
          Map.of("town", town, "end", end, "events", List.copyOf(DEPARTURES.keySet())))));
    }
    return points;
  }

  private Map<String, Integer> groupCount(String sql, Map<String, Object> parameters) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Object row : query(sql, parameters).getResultList()) {
      Object[] columns = (Object[]) row;
      counts.put(columns[0].toString(), number(columns[1]));
    }
    return counts;
  }

  private int scalar(String sql, Map<String, Object> parameters) {
    return number(query(sql, parameters).getSingleResult());
  }

  private Query query(String sql, Map<String, Object> parameters) {
    Query query = entityManager.createNativeQuery(sql);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static int number(Object value) {
    return value == null ? 0 : ((Number) value).intValue();
  }

  private static Map<String, WorkerStatus> departures() {
    Map<String, WorkerStatus> events = new LinkedHashMap<>();
    events.put("WORKER_RESIGNED", WorkerStatus.RESIGNED);
    events.put("WORKER_DISMISSED", WorkerStatus.DISMISSED);
    events.put("DISQUALIFIED", WorkerStatus.DISQUALIFIED);
    return events;
  }
}
