package org.partyaffairs.workforce.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the {@link StartupStep}s at start-up, one node at a time. Each step checks what exists and
 * creates the rest; two nodes of a cluster starting together on one database would both find a
 * group, a filter or a demo worker missing and both create it: a duplicate where no unique key
 * stops it (filters, demo posts), a node failing its start where one does (groups, authorizations,
 * users). So the steps run in one transaction that first locks the one row of {@code startup_lock}
 * (migration V12) with {@code select ... for update}: a second node waits until the first has
 * committed, then finds everything there and adds nothing. The engine's calls join the transaction,
 * so a step that fails leaves nothing half done. (Flyway and Camunda's deployment, which run before,
 * have locks of their own.)
 */
@Component
class StartupSetUp implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(StartupSetUp.class);

  /** How long a node waits for another node's set-up before it gives up its start. */
  static final Duration PATIENCE = Duration.ofMinutes(10);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final List<StartupStep> steps;

  StartupSetUp(JdbcTemplate jdbc, TransactionTemplate transaction, List<StartupStep> steps) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.steps = steps;
  }

  @Override
  public void run(ApplicationArguments args) {
    Instant asked = Instant.now();
    transaction.executeWithoutResult(status -> {
      lock();
      Duration waited = Duration.between(asked, Instant.now());
      if (waited.toSeconds() > 0) {
        log.info("Took startup_lock after {} s: another node was setting up", waited.toSeconds());
      }
      steps.forEach(StartupStep::setUp);
    });
  }

  /**
   * Waits for the lock. The database gives up a single wait after its own lock timeout (50 s by
   * default on MySQL, which then rolls back the statement only, not the transaction), so the wait
   * is taken up again until {@link #PATIENCE} is spent.
   */
  private void lock() {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (true) {
      try {
        jdbc.queryForObject("select id from startup_lock where id = 1 for update", Integer.class);
        return;
      } catch (PessimisticLockingFailureException otherNodeStillSettingUp) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("Another node has held startup_lock for over " + PATIENCE
              + " while setting up; is one stuck in its start?", otherNodeStillSettingUp);
        }
        log.info("Waiting for another node to finish its start-up set-up (startup_lock)");
      }
    }
  }
}
