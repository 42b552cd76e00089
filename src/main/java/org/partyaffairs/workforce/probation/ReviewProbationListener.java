package org.partyaffairs.workforce.probation;

import static org.partyaffairs.workforce.probation.ProbationProcessVariables.*;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/** Completion of Task_RecordProbationReview: the exam and the vote counts, re-validated. */
@Component("reviewProbation")
class ReviewProbationListener extends TaskCompletion {

  /** 001 第六条 says 考试不及格 without a figure: 60 of 100, unless the town sets another. */
  static final BigDecimal DEFAULT_PASS_SCORE = BigDecimal.valueOf(60);

  private final ProbationService service;
  private final CurrentActor actor;

  ReviewProbationListener(ProbationService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
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
}
