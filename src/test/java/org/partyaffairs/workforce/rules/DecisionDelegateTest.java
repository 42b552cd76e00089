package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;

/** Every decision from a BPMN service task: answers as variables, the record kept with its explanation. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionDelegateTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired DecisionRecordRepository records;
  @Autowired ObjectMapper json;
  @Autowired People people;

  @BeforeAll
  void deployProbe() {
    repositoryService.createDeployment().addClasspathResource("bpmn/DecisionProbeProcess.bpmn").deploy();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "evaluation-form-score|{\"item1\":5,\"item2\":5,\"item3\":5,\"item4\":5,\"item5\":5,\"item6\":5,\"item7\":5,\"item8\":5,\"item9\":5,\"item10\":5,\"item11\":10,\"item12\":10,\"item13\":10,\"item14\":10,\"item15\":5,\"item16\":5}|total|100.0",
      "weighted-score|{\"policy\":\"lanzhou\",\"ordinary\":80,\"annual\":90}|score|86.0",
      "points-score|{\"events\":[{\"item\":13,\"count\":1,\"level\":\"city\"},{\"item\":17,\"count\":2}],\"vetoes\":[]}|total|104",
      "assessment-grade|{\"policy\":\"kunshan\",\"score\":89.5}|grade|QUALIFIED",
      "excellence-quota|{\"cohort\":[{\"workerId\":\"w1\",\"score\":95,\"grade\":\"EXCELLENT\"},{\"workerId\":\"w2\",\"score\":80,\"grade\":\"QUALIFIED\"}]}|overQuota|[w1]",
      "warning-trigger|{\"absences\":[\"2026-03-02\",\"2026-03-03\"]}|warn|false",
      "dismissal-grounds|{\"absences\":[],\"assessmentEligible\":true,\"grades\":{\"2025\":\"BASIC\",\"2026\":\"BASIC\"},\"year\":2026,\"criminalPenalty\":false,\"administrativeDetention\":false,\"publicSecurityPenalty\":false,\"seriousIncident\":false}|grounds|[TWO_CONSECUTIVE_BASIC]",
      "probation-outcome|{\"qualificationsMet\":true,\"examScore\":72,\"examPassScore\":60,\"votes\":{\"excellent\":3,\"good\":2,\"fair\":4,\"poor\":1}}|passed|true",
      "reward-eligibility|{\"grades\":{\"2025\":\"EXCELLENT\",\"2026\":\"EXCELLENT\"},\"year\":2026}|reward|7200",
      "leave-approval-tier|{\"days\":5}|approverGroup|sector-committee"})
  void aServiceTaskTakesTheDecisionAndKeepsItWithItsExplanation(String decision, String facts, String field,
      String expected) throws Exception {
    Map<String, Object> variables = new HashMap<>(json.readValue(facts, new TypeReference<Map<String, Object>>() { }));
    variables.put("decisionName", decision);
    Worker worker = people.activeWorker("kfq", "决策对象");
    variables.put("workerId", worker.getId());

    ProcessInstance instance = runtimeService.startProcessInstanceByKey("DecisionProbeProcess", variables);

    assertThat(String.valueOf(runtimeService.getVariable(instance.getId(), field))).isEqualTo(expected);
    List<DecisionRecord> kept = records.findByProcessInstanceIdOrderById(instance.getId());
    assertThat(kept).singleElement().satisfies(record -> {
      assertThat(record.getDecision()).isEqualTo(decision);
      assertThat(record.getSubjectType()).isEqualTo("workerId");
      assertThat(record.getSubjectId()).isEqualTo(worker.getId().toString());
      assertThat(record.getExplanation()).contains("\"article\"", "rules/");
      assertThat(runtimeService.getVariable(instance.getId(), "decisionRecordId")).isEqualTo(record.getId());
    });
  }

  @Test
  void refusedFactsFailTheTaskAndKeepNothing() {
    long kept = records.findByProcessInstanceIdOrderById("none").size();
    Map<String, Object> variables = Map.of("decisionName", "leave-approval-tier", "days", 0, "townCode", "kfq");

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("DecisionProbeProcess", variables))
        .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("days:");
    assertThat(records.findByProcessInstanceIdOrderById("none")).hasSize((int) kept);
  }
}
