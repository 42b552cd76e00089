package org.partyaffairs.workforce.notice;

import static org.partyaffairs.workforce.notice.NoticeProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * What the people of {@code PublicNoticeProcess} submit ({@code ${noticeForms}}, the end listener
 * of each user task), one method per task, told apart by the activity ids of {@link
 * NoticeProcessVariables}. The gateways read only what is set here from the validated values, never
 * what a form sent.
 */
@Component("noticeForms")
class NoticeForms extends TaskCompletion {

  private final NoticeService notices;
  private final CurrentActor actor;

  NoticeForms(NoticeService notices, CurrentActor actor) {
    this.notices = notices;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_INVESTIGATE_OBJECTION -> investigateObjection(execution);
      default -> throw new IllegalStateException("No notice form " + execution.getCurrentActivityId());
    }
  }

  /** Completion of Task_InvestigateObjection: the outcome, re-validated, recorded on the objection. */
  private void investigateObjection(DelegateExecution execution) {
    ObjectionOutcome outcome = FormValues.requiredChoice("调查结论", execution.getVariable(OUTCOME), ObjectionOutcome.class);
    boolean correction = notices.investigate(FormValues.optionalId("异议编号", execution.getVariable(OBJECTION_ID)),
        execution.getProcessInstanceId(), actor.get(), outcome,
        FormValues.requiredText(outcome == ObjectionOutcome.EXPLAINED ? "给异议人的解释说明" : "纠正理由",
            execution.getVariable(REPLY), 2000),
        outcome == ObjectionOutcome.CORRECTED
            ? FormValues.requiredText("纠正后的内容", execution.getVariable(CORRECTED_VALUE), 200) : null);
    execution.setVariableLocal(CORRECTION_NEEDED, correction);
    execution.getProcessInstance().setVariable(OPEN_OBJECTIONS, notices.openObjections(execution.getProcessInstanceId()));
  }
}
