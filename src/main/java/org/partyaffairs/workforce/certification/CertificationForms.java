package org.partyaffairs.workforce.certification;

import static org.partyaffairs.workforce.certification.CertificationProcessVariables.*;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.rules.facts.CertificationLevel;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * What the people of {@code CertificationProcess} submit ({@code ${certificationForms}}, the end
 * listener of each user task), one method per task, told apart by the activity ids of {@link
 * CertificationProcessVariables}. The gateways read only what is set here from validated values.
 */
@Component("certificationForms")
class CertificationForms extends TaskCompletion {

  private final CertificationService service;
  private final CertificationTasks tasks;
  private final CurrentActor actor;
  private final WorkforceProperties properties;

  CertificationForms(CertificationService service, CertificationTasks tasks, CurrentActor actor,
      WorkforceProperties properties) {
    this.service = service;
    this.tasks = tasks;
    this.actor = actor;
    this.properties = properties;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_APPLY_FOR_CERTIFICATION -> applyForCertification(execution);
      case TASK_REVIEW_APPLICATION -> reviewApplication(execution);
      case TASK_RECORD_FIELD_VISIT -> recordFieldVisit(execution);
      case TASK_EVALUATE_APPLICATION -> evaluateApplication(execution);
      default -> throw new IllegalStateException("No certification form " + execution.getCurrentActivityId());
    }
  }

  /** Completion of Task_ApplyForCertification: 申报 needs the next level and the statement. */
  private void applyForCertification(DelegateExecution execution) {
    Choice.Apply choice = FormValues.requiredChoice("是否申报", execution.getVariable(APPLY), Choice.Apply.class);
    if (choice == Choice.Apply.DECLINE) {
      service.decline(execution.getProcessInstanceId(), actor.get());
      execution.setVariable(APPLIED, false);
      return;
    }
    CertificationLevel level = FormValues.requiredChoice("申报等级", execution.getVariable(REQUESTED_LEVEL),
        CertificationLevel.class);
    service.apply(execution.getProcessInstanceId(), actor.get(), level,
        FormValues.requiredText("个人申报材料", execution.getVariable(STATEMENT), 2000));
    execution.setVariable(APPLIED, true);
    execution.setVariable(REQUESTED_LEVEL_LABEL, level.label());
  }

  /** Completion of Task_ReviewApplication: a pass only when eligible, a refusal with its reason. */
  private void reviewApplication(DelegateExecution execution) {
    Choice.Review decision = FormValues.requiredChoice("审核意见", execution.getVariable(REVIEW_DECISION),
        Choice.Review.class);
    String note = decision == Choice.Review.REJECT
        ? FormValues.requiredText("不通过的理由", execution.getVariable(REVIEW_NOTE), 1000)
        : FormValues.optionalText("审核说明", execution.getVariable(REVIEW_NOTE), 1000);
    boolean passed = service.review(execution.getProcessInstanceId(), actor.get(), decision == Choice.Review.PASS, note);
    execution.setVariable(REVIEW_PASSED, passed);
    execution.setVariable(REVIEW_SUMMARY, passed ? "通过（" + actor.get().userId() + "）" : "不通过：" + note);
  }

  /** Completion of Task_RecordFieldVisit. */
  private void recordFieldVisit(DelegateExecution execution) {
    String visitors = FormValues.requiredText("走访人员", execution.getVariable(VISITORS), 200);
    String findings = FormValues.requiredText("走访情况", execution.getVariable(VISIT_FINDINGS), 2000);
    var on = FormValues.requiredDate("走访日期", execution.getVariable(VISITED_ON), properties.zone());
    service.visit(execution.getProcessInstanceId(), actor.get(), on, visitors, findings);
    execution.setVariable(VISIT_SUMMARY, on + "，" + visitors + "：" + findings);
  }

  /** Completion of Task_EvaluateApplication: score 0–100, the recommendation and its opinion. */
  private void evaluateApplication(DelegateExecution execution) {
    BigDecimal score = FormValues.requiredNumber("综合评定得分", execution.getVariable(PANEL_SCORE));
    Choice.Recommendation recommendation = FormValues.requiredChoice("评定意见", execution.getVariable(RECOMMENDATION),
        Choice.Recommendation.class);
    String opinion = FormValues.requiredText("评定意见说明", execution.getVariable(PANEL_OPINION), 1000);
    boolean recommended = service.evaluate(execution.getProcessInstanceId(), actor.get(), score,
        recommendation == Choice.Recommendation.RECOMMEND, opinion);
    execution.setVariable(RECOMMENDED, recommended);
    if (recommended) {
      tasks.prepareNotice(execution);
    }
  }
}
