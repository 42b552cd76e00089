package org.partyaffairs.workforce.points;

import static org.partyaffairs.workforce.points.PointsClaimProcessVariables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * The service task of {@code PointsClaimProcess} ({@code ${pointsClaimTasks}}): Task_RegisterPointsLine,
 * synchronous right after the start. A claim made in Tasklist is written here from the start form (a
 * refused claim fails the start itself, so no instance is left behind); a line the application wrote
 * (a claim over the API, a veto) comes by its id, which only the application may pass.
 */
@Component("pointsClaimTasks")
class PointsClaimTasks implements JavaDelegate {

  private final PointsService service;
  private final PointsEntryRepository entries;
  private final CurrentActor actor;
  private final OrganisationUnitRepository units;
  private final WorkforceProperties properties;

  PointsClaimTasks(PointsService service, PointsEntryRepository entries, CurrentActor actor,
      OrganisationUnitRepository units, WorkforceProperties properties) {
    this.service = service;
    this.entries = entries;
    this.actor = actor;
    this.units = units;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!TASK_REGISTER_POINTS_LINE.equals(execution.getCurrentActivityId())) {
      throw new IllegalStateException("No points step " + execution.getCurrentActivityId());
    }
    Actor starter = actor.get();
    Long entryId = FormValues.optionalId("台账行", execution.getVariable(ENTRY_ID));
    PointsEntry entry;
    if (entryId != null) {
      if (!starter.isSystem()) {
        throw new InvalidRequestException("不能指定台账行：请填写申报内容");
      }
      entry = entries.findById(entryId).orElseThrow();
      if (entry.getProcessInstanceId() == null) {
        entry.startedBy(execution.getProcessInstanceId());
      }
    } else {
      List<String> witnesses = new ArrayList<>();
      String first = FormValues.optionalText("证明人一", execution.getVariable(WITNESS_1), 64);
      String second = FormValues.optionalText("证明人二", execution.getVariable(WITNESS_2), 64);
      if (first != null) {
        witnesses.add(first);
      }
      if (second != null) {
        witnesses.add(second);
      }
      entry = service.claimInProcess(starter,
          FormValues.requiredWholeNumber("加分项目", execution.getVariable(ITEM)),
          FormValues.requiredWholeNumber("次数", execution.getVariable(COUNT)),
          FormValues.optionalText("等级", execution.getVariable(LEVEL), 32),
          FormValues.requiredDate("发生日期", execution.getVariable(OCCURRED_ON), properties.zone()),
          FormValues.optionalText("证明材料", execution.getVariable(EVIDENCE), 1000), witnesses,
          execution.getProcessInstanceId(), execution.getTenantId());
    }
    execution.setProcessBusinessKey("PTS-" + entry.getId());
    Map<String, Object> variables = new HashMap<>();
    variables.put(WORKER_ID, entry.getLedger().getWorker().getId());
    variables.put(ENTRY_ID, entry.getId());
    variables.put(WORKER_NAME, entry.getLedger().getWorker().getName());
    variables.put(TOWN_NAME, units.getReferenceById(execution.getTenantId()).getName());
    variables.put(LINE, entry.describe());
    variables.put(OCCURRED_ON, entry.getOccurredOn().toString());
    variables.put(EVIDENCE_TEXT, entry.getEvidence() == null ? "—" : entry.getEvidence());
    variables.put(WITNESSES_TEXT, service.witnessNames(entry));
    variables.put(STANDING, service.standing(entry.getLedger()).describe());
    variables.put(VETO, entry.isVeto());
    execution.setVariables(variables);
  }
}
