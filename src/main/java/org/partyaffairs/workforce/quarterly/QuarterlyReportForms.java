package org.partyaffairs.workforce.quarterly;

import static org.partyaffairs.workforce.quarterly.QuarterlyReportProcessVariables.*;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * What the people of {@code QuarterlyReportProcess} submit ({@code ${quarterlyReportForms}}, the end
 * listener of each user task), one method per task. A value out of range or missing is refused in
 * Chinese and nothing is written; what a form showed read-only is never read back.
 */
@Component("quarterlyReportForms")
class QuarterlyReportForms extends TaskCompletion {

  private static final int TEXT = 2000;
  private static final int COMMENT_LENGTH = 1000;

  private final QuarterlyReportService service;
  private final CurrentActor actor;

  QuarterlyReportForms(QuarterlyReportService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_SUBMIT_QUARTERLY_REPORT -> submit(execution);
      case TASK_REVIEW_QUARTERLY_REPORT -> service.review(execution.getProcessInstanceId(), actor.get(),
          score(execution), FormValues.requiredText("评语", execution.getVariable(COMMENT), COMMENT_LENGTH));
      case TASK_SCORE_MISSING_REPORT -> service.scoreMissing(execution.getProcessInstanceId(), actor.get(),
          score(execution), FormValues.requiredText("补记理由", execution.getVariable(MISSING_REASON), COMMENT_LENGTH));
      default -> throw new IllegalStateException("No quarterly report form " + execution.getCurrentActivityId());
    }
  }

  /** Task_SubmitQuarterlyReport: the four parts of the written list (001 第十八条(三)), each required. */
  private void submit(DelegateExecution execution) {
    QuarterlyReport report = service.submit(execution.getProcessInstanceId(), actor.get(),
        FormValues.requiredText("重点工作完成情况", execution.getVariable(KEY_WORK), TEXT),
        FormValues.requiredText("存在的问题和不足", execution.getVariable(PROBLEMS), TEXT),
        FormValues.requiredText("下一步努力方向", execution.getVariable(NEXT_STEPS), TEXT),
        FormValues.requiredText("需要及时报告的难点问题和重大事项", execution.getVariable(URGENT_MATTERS), TEXT));
    // The review shows the report as kept, not as typed.
    execution.setVariable(KEY_WORK, report.getKeyWork());
    execution.setVariable(PROBLEMS, report.getProblems());
    execution.setVariable(NEXT_STEPS, report.getNextSteps());
    execution.setVariable(URGENT_MATTERS, report.getUrgentMatters());
  }

  private static BigDecimal score(DelegateExecution execution) {
    return FormValues.requiredNumber("季度考核成绩", execution.getVariable(SCORE));
  }
}
