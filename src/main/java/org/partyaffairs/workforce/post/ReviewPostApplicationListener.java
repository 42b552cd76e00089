package org.partyaffairs.workforce.post;

import static org.partyaffairs.workforce.post.PostEstablishmentProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/** Completion of Task_ReviewPostApplication: the committee's decision, re-validated, on the round. */
@Component("reviewPostApplication")
class ReviewPostApplicationListener extends TaskCompletion {

  private final PostEstablishmentService service;
  private final CurrentActor actor;

  ReviewPostApplicationListener(PostEstablishmentService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    PostReviewDecision decision = FormValues.requiredChoice("审核意见", execution.getVariable(DECISION),
        PostReviewDecision.class);
    PostApplication application = service.decide(execution.getProcessInstanceId(), actor.get(), decision,
        decision.needsReason()
            ? FormValues.requiredText("理由", execution.getVariable(DECISION_REASON), 1000)
            : FormValues.optionalText("意见", execution.getVariable(DECISION_REASON), 1000));
    execution.setVariable(OUTCOME, decision.name());
    execution.setVariable(REVIEW_COMMENT, application.current().getDecisionReason());
    // The next round is reviewed afresh: no decision carried over into its form.
    execution.removeVariable(DECISION);
    execution.removeVariable(DECISION_REASON);
  }
}
