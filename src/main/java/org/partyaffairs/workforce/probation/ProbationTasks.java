package org.partyaffairs.workforce.probation;

import static org.partyaffairs.workforce.probation.ProbationProcessVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code ProbationProcess} ({@code ${probationTasks}}), one method per task,
 * told apart by the activity ids of {@link ProbationProcessVariables}, and the create listener of the
 * user task that shows something the server reads as it opens (the review's 任前培训 flag).
 */
@Component("probationTasks")
class ProbationTasks implements JavaDelegate, TaskListener {

  private final ProbationService service;
  private final WorkerRepository workers;
  private final OrganisationUnitRepository units;
  private final WorkforceProperties properties;
  private final Clock clock;
  private final PrePostTraining prePostTraining;

  ProbationTasks(ProbationService service, WorkerRepository workers, OrganisationUnitRepository units,
      WorkforceProperties properties, Clock clock, PrePostTraining prePostTraining) {
    this.prePostTraining = prePostTraining;
    this.service = service;
    this.workers = workers;
    this.units = units;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_OPEN_PROBATION -> openProbation(execution);
      case TASK_DECIDE_PROBATION_OUTCOME -> decideOutcome(execution);
      default -> throw new IllegalStateException("No probation step " + execution.getCurrentActivityId());
    }
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getTaskDefinitionKey()) {
      case TASK_RECORD_PROBATION_REVIEW -> showPrePostTraining(task);
      default -> throw new IllegalStateException("No probation task listener for " + task.getTaskDefinitionKey());
    }
  }

  /** Task_RecordProbationReview created: whether the worker passed 任前培训, read now, shown read-only. */
  private void showPrePostTraining(DelegateTask task) {
    task.getExecution().setVariables(prePostTraining.variablesOf(task.getProcessInstanceId()));
  }

  /** Task_OpenProbation, synchronous after the start: the record, the facts the forms show, the timer's date. */
  private void openProbation(DelegateExecution execution) {
    LocalDate hiredOn = execution.hasVariable(HIRED_ON)
        ? FormValues.requiredDate("录用日期", execution.getVariable(HIRED_ON), properties.zone())
        : LocalDate.now(clock);
    Probation probation = service.open(FormValues.optionalId("工作者编号", execution.getVariable(WORKER_ID)), hiredOn,
        execution.getProcessInstanceId());
    Worker worker = workers.getReferenceById(probation.getWorkerId());
    execution.setProcessBusinessKey(probation.businessKey());
    execution.setVariable(HIRED_ON, hiredOn.toString());
    execution.setVariable(WORKER_NAME, worker.getName());
    execution.setVariable(WORKER_USER_ID, worker.getUserId());
    execution.setVariable(TOWN_NAME, units.getReferenceById(probation.getTownCode()).getName());
    execution.setVariable(LAST_DAY, Probation.PERIOD.lastDay(hiredOn).toString());
    execution.setVariable(ENDS_AT, Date.from(probation.getEndsAt()));
  }

  /** Task_DecideProbationOutcome (asynchronous, retried, idempotent): probation-outcome and its consequence. */
  private void decideOutcome(DelegateExecution execution) {
    Probation probation = service.decide(execution.getProcessInstanceId());
    boolean passed = probation.getStatus() == ProbationStatus.PASSED;
    execution.setVariable(PASSED, passed);
    if (!passed) {
      execution.setVariable(DISQUALIFICATION_REASONS, service.describeReasons(probation));
    }
  }
}
