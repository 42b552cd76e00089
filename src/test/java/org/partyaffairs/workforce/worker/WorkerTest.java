package org.partyaffairs.workforce.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.shared.IllegalTransitionException;

/** The lifecycle of DOMAIN.md, guarded inside the entity. */
class WorkerTest {

  private final Worker worker = Worker.candidate("李明", "kfq", "kfq-worker", Instant.EPOCH);

  @Test
  void aCandidateIsHiredOnProbationThenConfirmedAndMayResign() {
    worker.startProbation();
    worker.confirm();
    worker.resign();

    assertThat(worker.getStatus()).isEqualTo(WorkerStatus.RESIGNED);
  }

  @Test
  void probationEndsInDisqualificationOrResignationToo() {
    worker.startProbation();
    assertThat(worker.inService()).isTrue();
    worker.disqualify();

    assertThat(worker.getStatus()).isEqualTo(WorkerStatus.DISQUALIFIED);
    assertThat(worker.inService()).isFalse();
  }

  @Test
  void aCandidateCannotResignBeforeBeingHired() {
    assertThatThrownBy(worker::resign).isInstanceOf(IllegalTransitionException.class)
        .hasMessage("工作者 李明 当前状态为「候选人」，不能变为「已辞职」");
  }

  @Test
  void theEndOfServiceIsFinal() {
    worker.startProbation();
    worker.confirm();
    worker.dismiss();

    assertThatThrownBy(worker::resign).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(worker::confirm).isInstanceOf(IllegalTransitionException.class);
    assertThat(worker.getStatus()).isEqualTo(WorkerStatus.DISMISSED);
  }
}
