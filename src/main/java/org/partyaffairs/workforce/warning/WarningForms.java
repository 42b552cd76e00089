package org.partyaffairs.workforce.warning;

import static org.partyaffairs.workforce.warning.WarningProcessVariables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * What the town organisation dept submits in WarningTalkProcess ({@code ${warningForms}}). The
 * timer and the gateway read only what is set here from the validated values.
 */
@Component("warningForms")
class WarningForms extends TaskCompletion {

  private final WarningService warnings;
  private final CurrentActor actor;
  private final WorkforceProperties properties;

  WarningForms(WarningService warnings, CurrentActor actor, WorkforceProperties properties) {
    this.warnings = warnings;
    this.actor = actor;
    this.properties = properties;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    String processInstanceId = execution.getProcessInstanceId();
    switch (execution.getCurrentActivityId()) {
      case TASK_HOLD_WARNING_TALK -> {
        Warning warning = warnings.recordTalk(processInstanceId, actor.get(),
            FormValues.requiredDate("谈话日期", execution.getVariable(TALK_DATE), properties.zone()),
            FormValues.requiredText("参加人员", execution.getVariable(TALK_PARTICIPANTS), 500),
            FormValues.requiredText("谈话内容", execution.getVariable(TALK_CONTENT), 2000));
        execution.setVariable(PERIOD_ENDS_AT, Date.from(warning.getPeriodEndsAt()));
        execution.setVariable(PERIOD_LAST_DAY, Warning.PERIOD.lastDay(warning.getTalkOn()).toString());
      }
      case TASK_EVALUATE_WARNING_PERIOD -> execution.setVariable(PASSED, warnings.evaluate(processInstanceId,
          actor.get(), FormValues.requiredChoice("考核结果", execution.getVariable(OUTCOME), WarningOutcome.class),
          FormValues.requiredText("考核意见", execution.getVariable(EVALUATION), 1000)));
      default -> throw new IllegalStateException("No warning form on " + execution.getCurrentActivityId());
    }
  }
}
