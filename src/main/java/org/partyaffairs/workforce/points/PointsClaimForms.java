package org.partyaffairs.workforce.points;

import static org.partyaffairs.workforce.points.PointsClaimProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * What the department and the committee submit in {@code PointsClaimProcess} ({@code ${pointsClaimForms}},
 * the end listener of each user task). The gateways read only what is set here from the validated
 * decision.
 */
@Component("pointsClaimForms")
class PointsClaimForms extends TaskCompletion {

  private final PointsService service;
  private final CurrentActor actor;

  PointsClaimForms(PointsService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    PointsDecision decision = FormValues.requiredChoice("审核意见", execution.getVariable(DECISION), PointsDecision.class);
    String note = FormValues.optionalText("理由", execution.getVariable(DECISION_NOTE), 1000);
    PointsEntry entry = switch (execution.getCurrentActivityId()) {
      case TASK_CHECK_POINTS_CLAIM -> service.check(execution.getProcessInstanceId(), actor.get(), decision, note);
      case TASK_CONFIRM_VETO -> service.confirmVeto(execution.getProcessInstanceId(), actor.get(), decision, note);
      default -> throw new IllegalStateException("No points form " + execution.getCurrentActivityId());
    };
    execution.setVariable(ACCEPTED, entry.getState() == PointsEntryState.ACCEPTED);
  }
}
