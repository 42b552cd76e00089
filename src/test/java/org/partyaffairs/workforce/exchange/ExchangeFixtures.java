package org.partyaffairs.workforce.exchange;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partyaffairs.workforce.post.Post;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test fixture: a worker's past (the day they took up their post, their confirmed annual grades)
 * and vacant posts, written straight into the tables as years of service would have left them.
 * Grades go into campaigns of 2001–2004, years no other test runs a campaign for.
 */
@Component
public class ExchangeFixtures {

  private final JdbcTemplate jdbc;
  private final PostRepository posts;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ExchangeFixtures(JdbcTemplate jdbc, PostRepository posts, TransactionTemplate transaction, Clock clock) {
    this.jdbc = jdbc;
    this.posts = posts;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** The worker took up their present post on this day (Kunshan time, 09:00). */
  public void tookUpPostOn(Worker worker, LocalDate day) {
    int updated = jdbc.update("update post set filled_at = ? where worker_id = ?",
        Timestamp.from(day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()), worker.getId());
    if (updated != 1) {
      throw new IllegalStateException("Worker " + worker.getId() + " holds " + updated + " posts");
    }
  }

  /** Confirmed annual grades of the worker, e.g. {@code {2002: "EXCELLENT"}}. */
  public void graded(Worker worker, Map<Integer, String> grades) {
    transaction.executeWithoutResult(status -> grades.forEach((year, grade) -> {
      if (year < 2001 || year > 2004) {
        throw new IllegalArgumentException("Fixture years are 2001–2004, not " + year);
      }
      jdbc.update("insert into assessment (campaign_id, worker_id, town_code, batch_no, status, grade, grade_label,"
          + " over_quota, version) values (?, ?, ?, 0, 'CONFIRMED', ?, ?, false, 0)", campaign(year), worker.getId(),
          worker.getTownCode(), grade, grade);
    }));
  }

  /** A worker with five full years in post and outstanding grades (the demo reading) on 2 March 2026. */
  public void eligible(Worker worker) {
    tookUpPostOn(worker, LocalDate.of(2020, 3, 2));
    graded(worker, Map.of(2002, "QUALIFIED", 2003, "EXCELLENT", 2004, "QUALIFIED"));
  }

  /** A new vacant post of the town. */
  public Post vacantPost(String town, String station) {
    return transaction.execute(status -> posts.save(new Post(town, station, clock.instant())));
  }

  private long campaign(int year) {
    List<Long> ids = jdbc.queryForList("select id from assessment_campaign where assessment_year = ? and policy = 'kunshan'",
        Long.class, year);
    if (!ids.isEmpty()) {
      return ids.get(0);
    }
    jdbc.update("insert into assessment_campaign (assessment_year, policy, status, started_by, started_at,"
        + " process_instance_id, version) values (?, 'kunshan', 'CLOSED', 'test', ?, ?, 0)", year,
        Timestamp.from(clock.instant()), "fixture-" + UUID.randomUUID());
    return jdbc.queryForObject("select id from assessment_campaign where assessment_year = ? and policy = 'kunshan'",
        Long.class, year);
  }
}
