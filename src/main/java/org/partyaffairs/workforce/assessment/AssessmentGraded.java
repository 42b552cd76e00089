package org.partyaffairs.workforce.assessment;

import org.partyaffairs.workforce.rules.facts.Grade;

/**
 * A worker's annual assessment was graded after scoring (000 第十条, 001 第二十二条); published once,
 * in the transaction that graded it (a retried job that finds it graded publishes nothing). The grade
 * as its code, for listeners that act on it, and as the policy's Chinese term, for people.
 */
public record AssessmentGraded(Long workerId, int year, Grade grade, String gradeLabel, String processInstanceId) {
}
