package org.partyaffairs.workforce.leave;

import static org.partyaffairs.workforce.leave.LeaveRequestProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * What the people of {@code LeaveRequestProcess} submit ({@code ${leaveRequestForms}}, the end
 * listener of each user task), one method per task, told apart by the activity ids of {@link
 * LeaveRequestProcessVariables}. The gateway reads only what is set here from the validated values,
 * never what a form sent.
 */
@Component("leaveRequestForms")
class LeaveRequestForms extends TaskCompletion {

  private final LeaveService service;
  private final CurrentActor actor;
  private final WorkforceProperties properties;

  LeaveRequestForms(LeaveService service, CurrentActor actor, WorkforceProperties properties) {
    this.service = service;
    this.actor = actor;
    this.properties = properties;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_APPROVE_LEAVE -> approveLeave(execution);
      case TASK_REPORT_BACK -> reportBack(execution);
      default -> throw new IllegalStateException("No leave form " + execution.getCurrentActivityId());
    }
  }

  /** Completion of Task_ApproveLeave: a decision outside APPROVE/REFUSE, or a refusal without reason, is refused. */
  private void approveLeave(DelegateExecution execution) {
    boolean approved = service.decide(execution.getProcessInstanceId(), actor.get(),
        FormValues.requiredChoice("审批意见", execution.getVariable(DECISION), LeaveDecision.class),
        FormValues.optionalText("不批准的理由", execution.getVariable(REFUSAL_REASON), 1000));
    execution.setVariable(APPROVED, approved);
    if (approved) {
      execution.setVariable(REPORT_BACK_DUE_ON, service.reportBackDueOn(service.of(execution.getProcessInstanceId()))
          .toString());
    }
  }

  /** Completion of Task_ReportBack (销假): the actual last day, not in the future, not before the first day. */
  private void reportBack(DelegateExecution execution) {
    LeaveRequest leave = service.reportBack(execution.getProcessInstanceId(), actor.get(),
        FormValues.requiredDate("实际请假截止日", execution.getVariable(ACTUAL_LAST_DAY), properties.zone()),
        FormValues.optionalText("销假说明", execution.getVariable(REPORT_NOTE), 500));
    execution.setVariable(LATE_DAYS, leave.getLateWorkingDays());
  }
}
