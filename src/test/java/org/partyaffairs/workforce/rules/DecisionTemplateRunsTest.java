package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaField;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A service task set up as the Modeler template 「Drools 决策」 sets it up (its values read from
 * .camunda/element-templates/decision.json) runs on the engine: asynchronously, the decision taken,
 * its answer a process variable (001 第十八条(四): five days' leave go to the sector committee).
 */
@IntegrationTest
class DecisionTemplateRunsTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  @Test
  void aTaskMadeFromTheTemplateTakesItsDecisionAfterAnAsynchronousContinuation() throws Exception {
    Map<String, String> template = templateValues();
    BpmnModelInstance model = Bpmn.createExecutableProcess("DecisionTemplateProbe").camundaHistoryTimeToLive(1)
        .startEvent().serviceTask("Task_DecideLeaveTier").name("请假审批权限")
        .camundaDelegateExpression(template.get("camunda:delegateExpression"))
        .camundaAsyncBefore(Boolean.parseBoolean(template.get("camunda:asyncBefore")))
        .endEvent().done();
    ServiceTask task = model.getModelElementById("Task_DecideLeaveTier");
    CamundaField decision = model.newInstance(CamundaField.class);
    decision.setCamundaName("decision");
    decision.setCamundaStringValue("leave-approval-tier");
    task.builder().addExtensionElement(decision);
    repositoryService.createDeployment().name("决策模板").addModelInstance("DecisionTemplateProbe.bpmn", model).deploy();

    ProcessInstance instance = runtimeService.startProcessInstanceByKey("DecisionTemplateProbe", Map.of("days", 5, "townCode", "kfq"));
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count()).as("asynchronous").isOne();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId()).singleResult().getId());

    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("approverGroup").singleResult().getValue()).isEqualTo("sector-committee");
  }

  /** The template's fixed and default values by the attribute they bind. */
  private static Map<String, String> templateValues() throws Exception {
    JsonNode properties = new ObjectMapper().readTree(Path.of(".camunda", "element-templates", "decision.json").toFile())
        .path("properties");
    Map<String, String> values = new java.util.HashMap<>();
    for (JsonNode property : properties) {
      if ("property".equals(property.path("binding").path("type").asText())) {
        values.put(property.path("binding").path("name").asText(), property.path("value").asText());
      }
    }
    return values;
  }
}
