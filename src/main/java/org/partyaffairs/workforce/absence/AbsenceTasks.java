package org.partyaffairs.workforce.absence;

import static org.partyaffairs.workforce.absence.AbsenceProcessVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code AbsenceRecordProcess} ({@code ${absenceTasks}}), one method per task,
 * told apart by the activity ids of {@link AbsenceProcessVariables}.
 */
@Component("absenceTasks")
class AbsenceTasks implements JavaDelegate {

  private final AbsenceService absences;
  private final CurrentActor actor;
  private final WorkforceProperties properties;

  AbsenceTasks(AbsenceService absences, CurrentActor actor, WorkforceProperties properties) {
    this.absences = absences;
    this.actor = actor;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_RECORD_ABSENCE -> recordAbsence(execution);
      default -> throw new IllegalStateException("No absence step " + execution.getCurrentActivityId());
    }
  }

  /**
   * Task_RecordAbsence, synchronous right after the start form: a refused record fails the start
   * itself, so the clerk sees the message and nothing is left behind.
   */
  private void recordAbsence(DelegateExecution execution) {
    Long workerId = FormValues.optionalId("工作者编号", execution.getVariable(WORKER_ID));
    if (workerId == null) {
      throw new InvalidRequestException("请填写工作者编号");
    }
    LocalDate first = FormValues.requiredDate("旷工日期（起）", execution.getVariable(FIRST_DAY), properties.zone());
    Object lastDay = execution.getVariable(LAST_DAY);
    AbsenceService.Recorded recorded = absences.record(actor.get(), workerId, first,
        lastDay == null || lastDay.toString().isBlank() ? null
            : FormValues.requiredDate("旷工日期（止）", lastDay, properties.zone()),
        FormValues.optionalText("说明", execution.getVariable(NOTE), 500), execution.getProcessInstanceId());
    execution.setProcessBusinessKey("ABS-" + workerId + "-" + first);
    Map<String, Object> done = new HashMap<>();
    done.put(RECORDED_DAYS, recorded.days().stream().map(LocalDate::toString).collect(Collectors.joining(",")));
    done.put(LONGEST_RUN, recorded.longestRun());
    done.put(TOTAL, recorded.total());
    done.put(WARNING_STARTED, recorded.warningProcessInstanceId());
    done.put(DISMISSAL_STARTED, recorded.dismissalProcessInstanceId());
    execution.setVariables(done);
  }
}
