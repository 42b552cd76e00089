package org.partyaffairs.workforce.leave;

import static org.partyaffairs.workforce.leave.LeaveRequestProcessVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code LeaveRequestProcess} ({@code ${leaveRequestTasks}}), one method per
 * task, told apart by the activity ids of {@link LeaveRequestProcessVariables}.
 */
@Component("leaveRequestTasks")
class LeaveRequestTasks implements JavaDelegate {

  private final LeaveService service;
  private final CurrentActor actor;
  private final OrganisationUnitRepository units;
  private final WorkforceProperties properties;
  private final WorkingDays workingDays;
  private final IdentityService identity;

  LeaveRequestTasks(LeaveService service, CurrentActor actor, OrganisationUnitRepository units,
      WorkforceProperties properties, WorkingDays workingDays, @Lazy IdentityService identity) {
    this.service = service;
    this.actor = actor;
    this.units = units;
    this.properties = properties;
    this.workingDays = workingDays;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_REGISTER_LEAVE_REQUEST -> registerLeaveRequest(execution);
      case TASK_RECORD_LATE_RETURN -> recordLateReturn(execution);
      default -> throw new IllegalStateException("No leave step " + execution.getCurrentActivityId());
    }
  }

  /**
   * Task_RegisterLeaveRequest, synchronous right after the start form: the working days, the
   * approver of leave-approval-tier; a refused request fails the start itself, so the applicant sees
   * the message and no instance is left behind.
   */
  private void registerLeaveRequest(DelegateExecution execution) {
    LeaveRequest leave = service.request(actor.get(),
        FormValues.optionalId("工作者编号", execution.getVariable(WORKER_ID)),
        FormValues.requiredDate("请假首日", execution.getVariable(FIRST_DAY), properties.zone()),
        FormValues.requiredDate("请假截止日", execution.getVariable(LAST_DAY), properties.zone()),
        FormValues.requiredText("请假事由", execution.getVariable(REASON), 1000),
        execution.getProcessInstanceId(), execution.getTenantId());
    execution.setProcessBusinessKey(leave.businessKey());
    String userId = leave.getWorker().getUserId();
    boolean hasAccount = userId != null && identity.createUserQuery().userId(userId).count() > 0;
    LocalDate back = service.returnDueOn(leave);
    Map<String, Object> variables = new HashMap<>();
    variables.put(WORKER_ID, leave.getWorker().getId());
    variables.put(WORKER_NAME, leave.getWorker().getName());
    variables.put(WORKER_USER_ID, hasAccount ? userId : null);
    variables.put(TOWN_NAME, units.getReferenceById(execution.getTenantId()).getName());
    variables.put(FIRST_DAY, leave.getFirstDay().toString());
    variables.put(LAST_DAY, leave.getLastDay().toString());
    variables.put(REASON, leave.getReason());
    variables.put(LEAVE_DAYS, leave.getWorkingDays());
    variables.put(APPROVER_GROUP, leave.getApproverGroup());
    variables.put(APPROVER_LABEL, LeaveService.approverLabel(leave.getApproverTier()));
    variables.put(RETURN_DUE_ON, back.toString());
    variables.put(REPORT_BACK_FROM, workingDays.startOf(back));
    execution.setVariables(variables);
  }

  /** Task_RecordLateReturn (asynchronous, retried, idempotent): the late working days become absences. */
  private void recordLateReturn(DelegateExecution execution) {
    service.recordLateDays(execution.getProcessInstanceId(), TASK_RECORD_LATE_RETURN);
  }
}
