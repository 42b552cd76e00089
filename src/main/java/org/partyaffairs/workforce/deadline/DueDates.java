package org.partyaffairs.workforce.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.partyaffairs.workforce.deadline.ServiceLevels.ServiceLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The due date of every user task: {@code camunda:dueDate="${dueDates.of(execution)}"} on each
 * user task of each model, evaluated by the engine when it creates the task.
 *
 * <p>Why an attribute on every task rather than one parse listener that decorates them all: the
 * due date is part of the model a modeller reads and edits in Camunda Modeler (the task's "Due
 * date" field), the same way as its name, form and candidate group, and
 * {@code DueDatesTest.everyUserTaskOfEveryModelHasADueDateAndANameThatNamesItsSubject} fails for a
 * user task of any deployed model without it (or without its line in the service levels). A parse
 * listener would be invisible in the model and would overwrite whatever a modeller wrote there.
 *
 * <p>What is due when is the city's file {@code rules/calendar/service-levels.csv}
 * ({@link ServiceLevels}): the task's deadline variable when its line names one and the instance
 * holds it (a {@code yyyy-MM-dd} date is due at the end of that day, a date-time at that moment),
 * otherwise the end of the N-th working day after the day the task is created ({@link WorkingDays}).
 * Reads only; never fails a task for a missing or unreadable deadline: it counts the working days
 * instead and logs why.
 */
@Component("dueDates")
public class DueDates {

  private static final Logger log = LoggerFactory.getLogger(DueDates.class);

  private final ServiceLevels levels;
  private final WorkingDays workingDays;

  DueDates(ServiceLevels levels, WorkingDays workingDays) {
    this.levels = levels;
    this.workingDays = workingDays;
  }

  /** The due date of the user task the execution is about to create. */
  public Date of(DelegateExecution execution) {
    ServiceLevel level = levels.orDefault(processKey(execution), execution.getCurrentActivityId());
    if (level.deadlineVariable() != null) {
      Date deadline = deadline(execution.getVariable(level.deadlineVariable()));
      if (deadline != null) {
        return deadline;
      }
      log.warn("{} of {}: no deadline in {}, due in {} working days instead", execution.getCurrentActivityId(),
          execution.getProcessInstanceId(), level.deadlineVariable(), level.workingDays());
    }
    return workingDaysFromToday(level.workingDays());
  }

  /** The end of the N-th working day after today. */
  public Date workingDaysFromToday(int days) {
    return workingDays.endOf(workingDays.plus(workingDays.today(), days));
  }

  private Date deadline(Object value) {
    if (value instanceof Date date) {
      return date;
    }
    if (value instanceof LocalDate date) {
      return workingDays.endOf(date);
    }
    if (value instanceof String text && !text.isBlank()) {
      try {
        return workingDays.endOf(LocalDate.parse(text.strip()));
      } catch (DateTimeParseException e) {
        log.warn("A deadline reads \"{}\", not yyyy-MM-dd", text);
      }
    }
    return null;
  }

  private static String processKey(DelegateExecution execution) {
    if (execution instanceof ExecutionEntity entity && entity.getProcessDefinition() != null) {
      return entity.getProcessDefinition().getKey();
    }
    String definitionId = execution.getProcessDefinitionId();
    return definitionId == null ? "" : definitionId.split(":")[0];
  }
}
