package org.partyaffairs.workforce.assessment;

/**
 * A worker's annual assessment was graded after scoring (000 第十条, 001 第二十二条); published once,
 * in the transaction that graded it (a retried job that finds it graded publishes nothing).
 */
public record AssessmentGraded(Long workerId, int year, String gradeLabel, String processInstanceId) {
}
