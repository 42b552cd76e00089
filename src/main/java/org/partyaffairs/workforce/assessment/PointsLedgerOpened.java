package org.partyaffairs.workforce.assessment;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The {@code create} listener of Task_ScorePointsLedger ({@code ${pointsLedgerOpened}}): under policy
 * {@code points} the scoring form shows the worker's ledger of the year read-only, every line and the
 * total points-score gives (004 附件1 二、考核流程: 支部评定). The department confirms it or submits one
 * corrected line with its reason; nothing is retyped. The server takes the ledger as it is when the form
 * is submitted ({@link AssessmentService#recordScore}), so a line accepted after the task opened counts.
 */
@Component("pointsLedgerOpened")
class PointsLedgerOpened implements TaskListener {

  /** Every line of the ledger in words, one a line. */
  static final String LEDGER_LINES = "ledgerLines";
  /** The total as points-score computes it: 总分 104（加分 10，减分 6）. */
  static final String LEDGER_STANDING = "ledgerStanding";
  /** CONFIRM or CORRECT. */
  static final String LEDGER_DECISION = "ledgerDecision";
  static final String CONFIRM = "CONFIRM";
  static final String CORRECT = "CORRECT";
  /** The corrected line: 第12条 17 1, 第12条 删除 or 13 1 city. */
  static final String CORRECTED_LINE = "correctedLine";
  static final String CORRECTION_REASON = "correctionReason";

  /** What the form shows. */
  record Shown(String lines, String standing, String ledgerText) {
  }

  private final AssessmentService assessments;

  PointsLedgerOpened(AssessmentService assessments) {
    this.assessments = assessments;
  }

  @Override
  public void notify(DelegateTask task) {
    Shown shown = assessments.ledgerOf(task.getProcessInstanceId());
    Map<String, Object> variables = new HashMap<>();
    variables.put(LEDGER_LINES, shown.lines());
    variables.put(LEDGER_STANDING, shown.standing());
    variables.put(ScoreSheet.LEDGER, shown.ledgerText());
    task.getExecution().setVariables(variables);
  }
}
