package org.partyaffairs.workforce.process;

import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.handler.DefaultTaskFormHandler;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.PrimitiveValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The form handler of a user task whose completion listener ({@link TaskCompletion}) keeps everything
 * the form submits in the product's own record — named in the model as
 * {@code camunda:formHandlerClass} on exactly those tasks. A submitted value that is not yet a process
 * variable becomes a transient variable: the completion listener reads it in the same transaction,
 * but it is never written as a process variable, so neither are its runtime row, its historic
 * variable and its history detail. A value sent back unchanged (a read-only field showing a process
 * variable) is not written again. Any other value is set as Camunda would.
 *
 * <p>Why: the annual assessment's scoring forms submit 16 items (or two scores) per
 * worker, which the assessment already keeps as its score sheet; as process variables they were
 * about half of what each worker's campaign wrote (docs/benchmarks.md, issue 22). History level
 * stays {@code full} for everything else. Every field of such a form must be kept by its listener:
 * a test per form proves it ({@code ScoreSheetKeptByTheAssessmentTest}).
 */
public class RecordedFormValues extends DefaultTaskFormHandler {

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
    VariableMap written = Variables.createVariables();
    for (String name : properties.keySet()) {
      TypedValue value = properties.getValueTyped(name);
      if (!variableScope.hasVariable(name)) {
        written.putValueTyped(name, transientCopy(value));
      } else if (!Objects.equals(variableScope.getVariable(name), value.getValue())) {
        written.putValueTyped(name, value);
      }
    }
    super.submitFormVariables(written, variableScope);
  }

  private static TypedValue transientCopy(TypedValue value) {
    if (value.isTransient()) {
      return value;
    }
    if (value instanceof PrimitiveValue<?> primitive && primitive.getType() != null) {
      return primitive.getType().createValue(primitive.getValue(), Map.of(ValueType.VALUE_INFO_TRANSIENT, true));
    }
    return Variables.untypedValue(value.getValue(), true);
  }
}
