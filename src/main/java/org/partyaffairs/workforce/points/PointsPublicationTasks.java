package org.partyaffairs.workforce.points;

import static org.partyaffairs.workforce.points.PointsPublicationProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.process.JsonVariables;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.Quarter;
import org.springframework.stereotype.Component;

/**
 * Task_CompileStandings of {@code PointsPublicationProcess} ({@code ${pointsPublicationTasks}}): the
 * town's standings as they are now, the notice's title and the group that investigates objections
 * (the town's organisation department, who keeps the ledger). Runs again safely: it only reads.
 */
@Component("pointsPublicationTasks")
class PointsPublicationTasks implements JavaDelegate {

  private final PointsStandings standings;

  PointsPublicationTasks(PointsStandings standings) {
    this.standings = standings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!TASK_COMPILE_STANDINGS.equals(execution.getCurrentActivityId())) {
      throw new IllegalStateException("No publication step " + execution.getCurrentActivityId());
    }
    String town = execution.getTenantId();
    Quarter quarter = Quarter.parse(execution.getVariable(QUARTER));
    execution.setVariable(NOTICE_TITLE, standings.title(town, quarter));
    execution.setVariable(NOTICE_ENTRIES, JsonVariables.list(standings.entries(town, quarter)));
    execution.setVariable(OWNER_GROUP, Groups.townOrg(town));
  }
}
