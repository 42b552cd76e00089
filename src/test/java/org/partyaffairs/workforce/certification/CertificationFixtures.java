package org.partyaffairs.workforce.certification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test fixture: a certification round of 2005 (the exchange fixtures grade 2001–2004, the years before
 * it), a worker's years in service and a passed training test written into the tables as years of
 * service would have left them, and one worker's CertificationProcess started as the round starts it.
 */
@Component
public class CertificationFixtures {

  static final int YEAR = 2005;
  static final LocalDate DEADLINE = LocalDate.of(2026, 3, 20);

  private final CertificationRoundRepository rounds;
  private final CertificateRepository certificates;
  private final RuntimeService runtime;
  private final WorkingDays workingDays;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  CertificationFixtures(CertificationRoundRepository rounds, CertificateRepository certificates, RuntimeService runtime, WorkingDays workingDays,
      JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
    this.rounds = rounds;
    this.certificates = certificates;
    this.runtime = runtime;
    this.workingDays = workingDays;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * The 2005 round, opened on 2 March 2026 with the deadline 20 March 2026; on a clock past that day
   * (the browser tests run on the real one) opened today, due in two weeks.
   */
  CertificationRound round() {
    return rounds.findByYear(YEAR).orElseGet(() -> transaction.execute(status -> {
      LocalDate today = workingDays.today();
      return rounds.saveAndFlush(today.isAfter(DEADLINE)
          ? new CertificationRound(YEAR, today.plusDays(14), "office", clock.instant())
          : new CertificationRound(YEAR, DEADLINE, "office", java.time.Instant.parse("2026-03-02T02:00:00Z")));
    }));
  }

  /** The worker's instance of the round, as {@code CertificationRounds.open} starts it. */
  public ProcessInstance start(Worker worker) {
    CertificationRound round = round();
    Map<String, Object> variables = new HashMap<>();
    variables.put("workerId", worker.getId());
    variables.put("certificationRoundId", round.getId());
    variables.put("applicationDeadline", round.getDeadline().toString());
    variables.put("applicationClosesAt", workingDays.startOf(round.getDeadline().plusDays(1)));
    return runtime.startProcessInstanceByKey("CertificationProcess", "cert-" + YEAR + "-" + worker.getId(), variables);
  }

  /**
   * A certificate in force of the worker, issued on the day without going through a round (its
   * application id is the worker's negated, which no application has).
   */
  Certificate certificate(Worker worker, org.partyaffairs.workforce.rules.facts.CertificationLevel level,
      LocalDate issuedOn) {
    return transaction.execute(status -> {
      Certificate certificate = certificates.saveAndFlush(new Certificate(worker.getId(), worker.getTownCode(), level,
          issuedOn, -worker.getId()));
      certificate.numbered();
      return certificate;
    });
  }

  /** The worker was hired on this day (Kunshan time, 09:00). */
  public void hiredOn(Worker worker, LocalDate day) {
    jdbc.update("update worker set created_at = ? where id = ?",
        Timestamp.from(day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()), worker.getId());
  }

  /** The worker passed a regular training's test (85, pass mark 60) that ended on 6 March 2026's week. */
  public void passedTrainingTest(Worker worker) {
    transaction.executeWithoutResult(status -> {
      jdbc.update("insert into training (kind, title, starts_on, ends_on, organiser, pass_mark, registered_by,"
          + " registered_at, version) values ('REGULAR', ?, '2026-02-23', '2026-02-27', '市委“两新”工委办公室', 60, 'office', ?, 0)",
          "资格认证培训测试（工作者 " + worker.getId() + "）", Timestamp.from(clock.instant()));
      Long training = jdbc.queryForObject("select max(id) from training", Long.class);
      jdbc.update("insert into training_result (training_id, worker_id, town_code, attended, score, passed, recorded_by,"
          + " recorded_at) values (?, ?, ?, true, 85, true, 'office', ?)", training, worker.getId(), worker.getTownCode(),
          Timestamp.from(clock.instant()));
    });
  }
}
