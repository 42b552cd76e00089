package org.partyaffairs.workforce.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.process.JsonVariables;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * A BPMN service task that takes any decision by name:
 *
 * <pre>{@code
 * <bpmn:serviceTask camunda:delegateExpression="${decide}">
 *   <camunda:field name="decision" stringValue="assessment-grade" />
 *   <camunda:field name="subject" stringValue="workerId" />   <!-- optional -->
 * </bpmn:serviceTask>}</pre>
 *
 * The facts are the variables named like the decision's fields (an input mapping of the task can
 * rename them); each answer field becomes a process variable (scores as doubles), and {@code decisionRecordId} points
 * at the kept record with the facts and the explanation. Refused facts fail the task (an incident
 * after an asynchronous continuation) and keep nothing.
 */
@Component("decide")
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE) // the engine injects the task's fields: one instance per call
public class DecisionDelegate implements JavaDelegate {

  static final String RECORD_ID = "decisionRecordId";

  private final DecisionRecorder recorder;

  /** Injected by the engine from the task's {@code camunda:field}s. */
  private Expression decision;
  private Expression subject;

  DecisionDelegate(DecisionRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Decision named = Decision.named(text(decision, execution))
        .orElseThrow(() -> new IllegalStateException("Unknown decision in " + execution.getCurrentActivityId()));
    Map<String, Object> facts = new HashMap<>();
    for (var component : named.factsType().getRecordComponents()) {
      if (execution.hasVariable(component.getName())) {
        facts.put(component.getName(), execution.getVariable(component.getName()));
      }
    }
    String subjectType = subject == null ? null : text(subject, execution);
    Object subjectId = subjectType == null ? null : execution.getVariable(subjectType);
    DecisionRecorder.RecordedDecision decided = recorder.decide(named.contractName(), facts, subjectType,
        subjectId == null ? null : subjectId.toString(), execution.getProcessInstanceId(),
        execution.getCurrentActivityId());
    decided.result().answer().forEach((field, value) -> execution.setVariable(field, variable(value)));
    execution.setVariable(RECORD_ID, decided.recordId());
  }

  /**
   * Scores become plain numbers that gateways compare (the record keeps them exact); lists (grounds,
   * reasons, over-quota ids) plain JSON lists, of the types the engine's deserialization allow-list admits.
   */
  private static Object variable(Object value) {
    if (value instanceof List<?> list) {
      return JsonVariables.list(list);
    }
    return value instanceof BigDecimal decimal ? decimal.doubleValue() : value;
  }

  private static String text(Expression expression, DelegateExecution execution) {
    return String.valueOf(expression.getValue(execution));
  }

  public void setDecision(Expression decision) {
    this.decision = decision;
  }

  public void setSubject(Expression subject) {
    this.subject = subject;
  }
}
