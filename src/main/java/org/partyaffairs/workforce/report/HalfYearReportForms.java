package org.partyaffairs.workforce.report;

import static org.partyaffairs.workforce.report.HalfYearReportProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * What the people of {@code HalfYearReportProcess} submit ({@code ${halfYearReportForms}}, the end
 * listener of each user task), one method per task. The gateway reads only what is set here from the
 * validated values, never what a form sent.
 */
@Component("halfYearReportForms")
class HalfYearReportForms extends TaskCompletion {

  /** A written assessment, not a word: the form asks for at least this many characters too. */
  static final int ASSESSMENT_MIN_LENGTH = 20;
  static final int ASSESSMENT_MAX_LENGTH = 4000;

  private final HalfYearReportService service;
  private final CurrentActor actor;

  HalfYearReportForms(HalfYearReportService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_WRITE_ASSESSMENT -> writeAssessment(execution);
      case TASK_REVIEW_REPORT -> reviewReport(execution);
      case TASK_RECEIVE_REPORT -> receiveReport(execution);
      default -> throw new IllegalStateException("No half-year report form " + execution.getCurrentActivityId());
    }
  }

  /** Completion of Task_WriteAssessment: at least a few sentences, at most what the record holds. */
  private void writeAssessment(DelegateExecution execution) {
    String text = FormValues.requiredText("履职情况评价", execution.getVariable(PERFORMANCE_ASSESSMENT),
        ASSESSMENT_MAX_LENGTH);
    if (text.codePointCount(0, text.length()) < ASSESSMENT_MIN_LENGTH) {
      throw new InvalidRequestException("履职情况评价至少写 " + ASSESSMENT_MIN_LENGTH + " 个字，请具体评价本半年工作者的履职情况");
    }
    service.write(execution.getProcessInstanceId(), actor.get(), text);
  }

  /** Completion of Task_ReviewReport: APPROVE submits it, RETURN needs a reason the department reads. */
  private void reviewReport(DelegateExecution execution) {
    ReviewDecision decision = FormValues.requiredChoice("审核意见", execution.getVariable(DECISION), ReviewDecision.class);
    String reason = FormValues.optionalText("理由", execution.getVariable(DECISION_REASON), 1000);
    boolean approved = service.review(execution.getProcessInstanceId(), actor.get(), decision, reason);
    execution.setVariable(APPROVED, approved);
    execution.setVariable(RETURN_REASON, approved ? "" : reason);
    execution.removeVariable(DECISION);
    execution.removeVariable(DECISION_REASON);
  }

  /** Completion of Task_ReceiveReport: the city office's note is optional. */
  private void receiveReport(DelegateExecution execution) {
    service.receive(execution.getProcessInstanceId(), actor.get(),
        FormValues.optionalText("接收说明", execution.getVariable(RECEIPT_NOTE), 1000));
  }
}
