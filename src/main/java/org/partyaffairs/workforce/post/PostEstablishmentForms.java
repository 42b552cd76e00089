package org.partyaffairs.workforce.post;

import static org.partyaffairs.workforce.post.PostEstablishmentProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * What the people of {@code PostEstablishmentProcess} submit ({@code ${postEstablishmentForms}},
 * the end listener of each user task), one method per task, told apart by the activity ids of
 * {@link PostEstablishmentProcessVariables}. The gateways read only what is set here from the
 * validated values, never what a form sent.
 */
@Component("postEstablishmentForms")
class PostEstablishmentForms extends TaskCompletion {

  private final PostEstablishmentService service;
  private final CurrentActor actor;

  PostEstablishmentForms(PostEstablishmentService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_REVIEW_POST_APPLICATION -> reviewApplication(execution);
      case TASK_REVISE_APPLICATION -> resubmitApplication(execution);
      default -> throw new IllegalStateException("No post establishment form " + execution.getCurrentActivityId());
    }
  }

  /** Completion of Task_ReviewPostApplication: the committee's decision, re-validated, on the round. */
  private void reviewApplication(DelegateExecution execution) {
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

  /** Completion of Task_ReviseApplication: the edited application, re-validated, as a new round. */
  private void resubmitApplication(DelegateExecution execution) {
    PostApplication application = service.resubmit(execution.getProcessInstanceId(), actor.get(),
        PostApplicationForm.read(execution));
    PostApplicationForm.show(execution, application);
  }
}
