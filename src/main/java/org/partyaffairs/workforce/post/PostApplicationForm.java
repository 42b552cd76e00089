package org.partyaffairs.workforce.post;

import static org.partyaffairs.workforce.post.PostEstablishmentProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.FormValues;

/** Reads the application's fields as the start form and the revision form submit them. */
final class PostApplicationForm {

  private PostApplicationForm() {
  }

  static PostRequest read(DelegateExecution execution) {
    return new PostRequest(FormValues.requiredWholeNumber("岗位数量", execution.getVariable(POST_COUNT)),
        PostRequest.stationLines(FormValues.requiredText("服务的区域党建工作站", execution.getVariable(STATIONS), 2000)),
        FormValues.requiredText("申请理由", execution.getVariable(REASON), 2000));
  }

  /** Puts the round under decision back as the forms show it. */
  static void show(DelegateExecution execution, PostApplication application) {
    PostApplicationRound round = application.current();
    execution.setVariable(POST_COUNT, round.getPostCount());
    execution.setVariable(STATIONS, String.join("\n", round.getStations()));
    execution.setVariable(REASON, round.getReason());
    execution.setVariable(ROUND, round.getRoundNumber());
  }
}
