package org.partyaffairs.workforce.assessment;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The {@code create} listener of Task_ScoreWeighted ({@code ${weightedScoreOpened}}): the Lanzhou
 * scoring form shows each quarter's score of the year read-only and the 平时考核 they give, pre-filled
 * (001 第十八条(三), 第二十一条). The server holds the submission to the value computed then
 * ({@link AssessmentService#recordScore}), so a quarter scored after the task opened is not missed.
 */
@Component("weightedScoreOpened")
class WeightedScoreOpened implements TaskListener {

  /** Each quarter's score, one line per quarter. */
  static final String QUARTER_SCORES = "quarterScores";
  /** How the 平时考核 comes about, in words. */
  static final String ORDINARY_BASIS = "ordinaryBasis";
  /** Whether the 平时考核 is computed (the reason field is hidden then). */
  static final String ORDINARY_COMPUTED = "ordinaryComputed";

  private final AssessmentService assessments;

  WeightedScoreOpened(AssessmentService assessments) {
    this.assessments = assessments;
  }

  @Override
  public void notify(DelegateTask task) {
    QuarterlyOrdinary.Ordinary ordinary = assessments.ordinaryOf(task.getProcessInstanceId());
    Map<String, Object> shown = new HashMap<>();
    shown.put(QUARTER_SCORES, ordinary.quarterLines());
    shown.put(ORDINARY_COMPUTED, ordinary.computed());
    if (ordinary.computed()) {
      shown.put(ScoreSheet.ORDINARY, ordinary.ordinary().doubleValue());
      shown.put(ORDINARY_BASIS, "平时考核成绩为本年度已评定季度考核成绩的平均分：" + ordinary.ordinary().toPlainString() + " 分"
          + (ordinary.missingQuarters().isEmpty() ? "" : "；" + String.join("、", ordinary.missingQuarters())
              + "没有季度考核成绩，不计入平均") + "（001 第十八条(三)、第二十一条）。已预先填入，不能改动。");
    } else {
      shown.put(ORDINARY_BASIS, "本年度没有任何季度考核成绩：请录入平时考核成绩，并在「平时考核录入理由」中说明依据（001 第二十一条）。");
    }
    task.getExecution().setVariables(shown);
  }
}
