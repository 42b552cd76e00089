package org.partyaffairs.workforce.probation;

import static org.partyaffairs.workforce.probation.ProbationProcessVariables.*;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * What the people of {@code ProbationProcess} submit ({@code ${probationForms}}, the end listener
 * of each user task), one method per task, told apart by the activity ids of {@link
 * ProbationProcessVariables}. The gateways read only what is set here from the validated values,
 * never what a form sent.
 */
@Component("probationForms")
class ProbationForms extends TaskCompletion {

  static final BigDecimal DEFAULT_PASS_SCORE = BigDecimal.valueOf(60);

  private final ProbationService service;
  private final CurrentActor actor;
  private final WorkforceProperties properties;

  ProbationForms(ProbationService service, CurrentActor actor, WorkforceProperties properties) {
    this.service = service;
    this.actor = actor;
    this.properties = properties;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_ASSIGN_MENTOR -> assignMentor(execution);
      case TASK_MAKE_COMMITMENT -> makeCommitment(execution);
      case TASK_RECORD_PROBATION_REVIEW -> recordReview(execution);
      case TASK_FILE_DISQUALIFICATION, TASK_FILE_EARLY_DISQUALIFICATION -> fileDisqualification(execution);
      default -> throw new IllegalStateException("No probation form " + execution.getCurrentActivityId());
    }
  }

  /** Completion of Task_AssignMentor (师带徒). */
  private void assignMentor(DelegateExecution execution) {
    service.assignMentor(execution.getProcessInstanceId(), actor.get(),
        FormValues.requiredText("带教师傅姓名", execution.getVariable(MENTOR_NAME), 50),
        FormValues.requiredText("带教师傅职务", execution.getVariable(MENTOR_POSITION), 100));
  }

  /** Completion of Task_MakeCommitment (公开承诺). */
  private void makeCommitment(DelegateExecution execution) {
    service.commit(execution.getProcessInstanceId(), actor.get(),
        FormValues.requiredText("工作承诺", execution.getVariable(WORK_COMMITMENT), 2000),
        FormValues.requiredText("廉洁自律承诺", execution.getVariable(INTEGRITY_COMMITMENT), 2000),
        FormValues.requiredDate("公开承诺日期", execution.getVariable(COMMITMENT_MADE_ON), properties.zone()));
  }

  /** Completion of Task_RecordProbationReview: the exam and the vote counts, re-validated. */
  private void recordReview(DelegateExecution execution) {
    Object passScore = execution.getVariable(EXAM_PASS_SCORE);
    service.review(execution.getProcessInstanceId(), actor.get(),
        FormValues.requiredNumber("试用期满考试成绩", execution.getVariable(EXAM_SCORE)),
        passScore == null || passScore.toString().isBlank() ? DEFAULT_PASS_SCORE
            : FormValues.requiredNumber("考试及格分", passScore),
        FormValues.requiredWholeNumber("“优秀”票数", execution.getVariable(VOTES_EXCELLENT)),
        FormValues.requiredWholeNumber("“良好”票数", execution.getVariable(VOTES_GOOD)),
        FormValues.requiredWholeNumber("“一般”票数", execution.getVariable(VOTES_FAIR)),
        FormValues.requiredWholeNumber("“差”票数", execution.getVariable(VOTES_POOR)));
  }

  /** Completion of either filing task: the city office files the disqualification. */
  private void fileDisqualification(DelegateExecution execution) {
    service.file(execution.getProcessInstanceId(), actor.get(),
        FormValues.requiredText("备案号", execution.getVariable(FILING_NUMBER), 64));
  }
}
