package org.partyaffairs.workforce.certification;

import static org.partyaffairs.workforce.certification.AllowanceProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The service task of {@code RedCollarAllowanceProcess} ({@code ${allowanceTasks}}). */
@Component("allowanceTasks")
class AllowanceTasks implements JavaDelegate {

  private final AllowanceService service;

  AllowanceTasks(AllowanceService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_COMPILE_ALLOWANCE_LIST -> compile(execution);
      default -> throw new IllegalStateException("No allowance step " + execution.getCurrentActivityId());
    }
  }

  /** Task_CompileAllowanceList, synchronous with the start: the list kept and summed up. */
  private void compile(DelegateExecution execution) {
    int year = ((Number) execution.getVariable(YEAR)).intValue();
    AllowanceList list = service.compile(year, execution.getProcessInstanceId());
    execution.setProcessBusinessKey("allowance-" + year);
    execution.setVariable(SUMMARY, list.summary());
    execution.setVariable(XLSX_LINK, "/api/red-collar-allowances/" + year + ".xlsx");
  }
}
