package org.partyaffairs.workforce.exchange;

import static org.partyaffairs.workforce.exchange.ExchangeProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * What the people of {@code ExchangeProcess} submit ({@code ${exchangeForms}}, the end listener of
 * each user task), one method per task, told apart by the activity ids of {@link
 * ExchangeProcessVariables}. The gateways read only what is set here from the validated values,
 * never what a form sent.
 */
@Component("exchangeForms")
class ExchangeForms extends TaskCompletion {

  private final ExchangeService service;
  private final CurrentActor actor;

  ExchangeForms(ExchangeService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_JUSTIFY_EXCHANGE -> justifyExchange(execution);
      case TASK_REVIEW_EXCHANGE -> reviewExchange(execution);
      case TASK_NOTE_REFUSAL -> noteRefusal(execution);
      default -> throw new IllegalStateException("No exchange form " + execution.getCurrentActivityId());
    }
  }

  /** Completion of Task_JustifyExchange: PROCEED needs the written reason, WITHDRAW may say why. */
  private void justifyExchange(DelegateExecution execution) {
    Continuation continuation = FormValues.requiredChoice("是否继续报请", execution.getVariable(CONTINUATION),
        Continuation.class);
    String text = continuation == Continuation.PROCEED
        ? FormValues.requiredText("继续报请的理由", execution.getVariable(JUSTIFICATION), 1000)
        : FormValues.optionalText("撤回说明", execution.getVariable(JUSTIFICATION), 1000);
    execution.setVariable(PROCEEDS, service.justify(execution.getProcessInstanceId(), actor.get(), continuation, text));
    execution.setVariable(COMMITTEE_JUSTIFICATION, text == null ? "—" : text);
  }

  /** Completion of Task_ReviewExchange: a decision outside APPROVE/REFUSE, or a refusal without reason, is refused. */
  private void reviewExchange(DelegateExecution execution) {
    boolean approved = service.review(execution.getProcessInstanceId(), actor.get(),
        FormValues.requiredChoice("审核意见", execution.getVariable(DECISION), ExchangeDecision.class),
        FormValues.optionalText("审核说明", execution.getVariable(REVIEW_NOTE), 1000));
    execution.setVariable(APPROVED, approved);
  }

  /** Completion of Task_NoteRefusal: the committee confirms it has read the office's reason. */
  private void noteRefusal(DelegateExecution execution) {
    if (!FormValues.flag("已阅", execution.getVariable(ACKNOWLEDGED))) {
      throw new InvalidRequestException("请勾选「已阅」，确认已知悉不同意交流的理由");
    }
  }
}
