package org.partyaffairs.workforce.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.TrailEntry;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.stereotype.Component;

/** Test fixture: what a refusal must leave behind (nothing), and what a process wrote on the trail. */
@Component
public class Refusals {

  private final HistoryService history;
  private final Trail trail;

  Refusals(HistoryService history, Trail trail) {
    this.history = history;
    this.trail = trail;
  }

  /** Refused as a person sees it in Tasklist or over HTTP: a 400 with this in its message. */
  public static void assertRefused(Runnable action, String message) {
    assertThatThrownBy(action::run).isInstanceOf(InvalidRequestException.class).hasMessageContaining(message);
  }

  /** Refused, and neither a process instance nor a record (counted by {@code records}) left behind. */
  public void assertNothingStarted(Runnable start, String message, LongSupplier records) {
    long instances = history.createHistoricProcessInstanceQuery().count();
    long before = records.getAsLong();
    assertRefused(start, message);
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(records.getAsLong()).isEqualTo(before);
  }

  /** The worker's trail entries written by one process instance. */
  public List<TrailEntry> trailOf(Worker worker, ProcessInstance instance) {
    return trail.of(worker).stream().filter(entry -> instance.getId().equals(entry.getProcessInstanceId())).toList();
  }
}
