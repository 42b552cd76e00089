package org.partyaffairs.workforce.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scoring forms of the annual assessment (000 附件, 001 第二十一条) submit their
 * values through {@code process.RecordedFormValues}: the assessment keeps every value the town
 * enters as its score sheet, so none of them becomes a process variable with its history rows
 * (issue 22: half of what each worker of a campaign wrote). This test is the proof the model
 * relies on: every field a person can fill in on each scoring form is in the kept score sheet with
 * the value submitted, and the read-only fields it shows come back without being written again.
 * (The points ledger, 004 附件1, is kept parsed into its events, not as the text typed: its form
 * keeps Camunda's way, and its text stays a process variable.)
 */
@IntegrationTest
class ScoreSheetKeptByTheAssessmentTest {

  @Autowired Campaigns campaigns;
  @Autowired AssessmentService assessments;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired FormService formService;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ObjectMapper json;

  @AfterEach
  void asSystem() {
    people.actAsSystem();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "kunshan, Task_ScoreEvaluationForm, 2006",
      "lanzhou, Task_ScoreWeighted, 2007"})
  void everyValueOfTheScoringFormIsKeptByTheAssessmentAndNoneBecomesAVariable(String policy, String scoringTask,
      int year) throws Exception {
    Worker worker = people.activeWorker("kfq", "留存评分" + year);
    ProcessInstance campaign = campaigns.start(year, policy);
    for (Task task : campaigns.tasks(campaign, Campaigns.SELF_REPORT_TASK)) {
      campaigns.complete(task, Campaigns.selfReport());
    }
    Task task = campaigns.tasks(campaign, scoringTask).stream()
        .filter(open -> worker.getId().equals(runtime.getVariable(open.getProcessInstanceId(), "workerId")))
        .findFirst().orElseThrow();
    String instance = task.getProcessInstanceId();
    List<String> editable = editableFields(task);
    assertThat(editable).as("fields a person fills in on " + scoringTask).isNotEmpty();
    Map<String, Object> submitted = sheetFor(policy);
    assertThat(submitted.keySet()).containsExactlyInAnyOrderElementsOf(editable);
    Map<String, Object> shown = runtime.getVariables(instance, readOnlyFields(task));
    long updatesBefore = history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().count();

    Map<String, Object> echoed = new java.util.HashMap<>(submitted);
    echoed.putAll(shown); // Tasklist sends the read-only fields back with the values they showed
    forms.complete(task, "kfq-org", echoed);

    JsonNode kept = json.readTree(assessments.byProcess(instance).getScoreInput());
    for (String field : editable) {
      assertThat(kept.has(field)).as("the score sheet keeps " + field).isTrue();
      assertThat(kept.get(field).asText()).as(field)
          .isEqualTo(json.valueToTree(submitted.get(field)).asText());
    }
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
        .extracting(variable -> variable.getName()).doesNotContainAnyElementsOf(editable);
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().count())
        .as("neither the entered values nor the read-only ones echoed back are written as variable updates")
        .isEqualTo(updatesBefore);
    campaigns.runJobs(campaign);
    assertThat(assessments.byProcess(instance).isGraded()).isTrue();
  }

  private static Map<String, Object> sheetFor(String policy) {
    return "kunshan".equals(policy) ? Campaigns.evaluationForm(88) : Campaigns.weighted(86.5, 90);
  }

  private List<String> editableFields(Task task) throws Exception {
    return fields(task, false);
  }

  private List<String> readOnlyFields(Task task) throws Exception {
    return fields(task, true);
  }

  private List<String> fields(Task task, boolean readOnly) throws Exception {
    List<String> keys = new ArrayList<>();
    collect(json.readTree(formService.getDeployedTaskForm(task.getId())).path("components"), readOnly, keys);
    return keys;
  }

  private static void collect(JsonNode components, boolean readOnly, List<String> keys) {
    for (JsonNode component : components) {
      boolean isReadOnly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
      if (component.hasNonNull("key") && isReadOnly == readOnly) {
        keys.add(component.get("key").asText());
      }
      collect(component.path("components"), readOnly, keys);
    }
  }
}
