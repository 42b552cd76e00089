package org.partyaffairs.workforce.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.ServiceEnded;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The post capability hears a departure in the transaction that ended the service: the post falls
 * vacant when that transaction commits, and stays filled when it rolls back.
 */
@IntegrationTest
class VacateOnDepartureTest {

  @Autowired People people;
  @Autowired PostRepository posts;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;

  @Test
  void aDepartureThatCommitsLeavesThePostVacant() {
    Worker worker = people.activeWorker("kfq", "离岗甲");
    assertThat(posts.findByWorkerId(worker.getId())).isPresent();

    transaction.executeWithoutResult(status -> events.publishEvent(departureOf(worker)));

    assertThat(posts.findByWorkerId(worker.getId())).isEmpty();
  }

  @Test
  void aDepartureThatRollsBackLeavesThePostFilled() {
    Worker worker = people.activeWorker("kfq", "离岗乙");

    transaction.executeWithoutResult(status -> {
      events.publishEvent(departureOf(worker));
      status.setRollbackOnly();
    });

    assertThat(posts.findByWorkerId(worker.getId())).isPresent();
  }

  private static ServiceEnded departureOf(Worker worker) {
    return new ServiceEnded(worker.getId(), worker.getTownCode(), WorkerStatus.DISMISSED, null);
  }
}
