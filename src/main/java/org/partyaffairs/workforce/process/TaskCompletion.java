package org.partyaffairs.workforce.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Records what a user task submitted, as the {@code end} execution listener of that task: it runs in
 * the completing transaction after the form's variables are set, and whatever it refuses
 * ({@code InvalidRequestException}) reaches Tasklist and REST unwrapped as HTTP 400 and rolls the
 * completion back. (A task listener would do the same work, but the engine wraps its exceptions
 * into an HTTP 500.) A task that is cancelled rather than completed records nothing.
 */
public abstract class TaskCompletion implements ExecutionListener {

  @Override
  public final void notify(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      completed(execution);
    }
  }

  protected abstract void completed(DelegateExecution execution);
}
