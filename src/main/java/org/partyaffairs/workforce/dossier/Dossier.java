package org.partyaffairs.workforce.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.partyaffairs.workforce.training.TrainingRecords.TrainingRecord;

/**
 * A worker's dossier (档案, 001 第十八条(五), 002): the facts about them, what of theirs is still in
 * flight, the figures per year and the one timeline of everything that happened to them, oldest
 * first, and the trainings they took (000 第十一条; 002 records 教育培训 in the dossier). Built fresh on every read from the records of the capabilities; nothing is kept twice.
 */
record Dossier(Facts facts, List<Application> inFlight, List<AssessmentYear> assessments, List<AbsenceYear> absences,
    List<WarningRecord> warnings, List<Filing> filings, List<TrainingRecord> trainings, List<Line> timeline) {

  /** Who the worker is and where they stand. */
  record Facts(Long workerId, String name, String townCode, String town, String post, String status,
      boolean underWarning, boolean assessmentEligible, String hiredOn, String probation, String mentor) {
  }

  /** A process about the worker not yet ended, and where it stands: whose move it is, and since when. */
  record Application(String processInstanceId, String businessKey, String process, String stage, Instant startedAt,
      List<String> waitingAt) {
  }

  /** One annual assessment: its year, score, grade and the rule and article the grade rests on. */
  record AssessmentYear(Integer year, BigDecimal score, String grade, String status, String explanation,
      String items, String processInstanceId) {
  }

  /** Absent working days (旷工) of one year. */
  record AbsenceYear(int year, int days, List<LocalDate> dates) {
  }

  /** A warning talk and what came of it. */
  record WarningRecord(String ground, String reason, String status, LocalDate talkOn, Instant periodEndsAt,
      String evaluation, String businessKey) {
  }

  /**
   * Something filed with the city office, with its filing number once filed (for a hire, its
   * contract number), and its sheet under {@code /api/workers/{id}/filings/}, e.g.
   * {@code resignation.pdf}.
   */
  record Filing(String kind, String businessKey, String status, String filingNumber, String article, String sheet) {
  }

  /**
   * One line of the timeline: a trail entry ({@code 记录}), a task someone completed ({@code 办理}),
   * or a rule's decision ({@code 决定}), each with its stage and the article it cites; {@code event} is
   * the trail's code, the task's activity id or the decision's name, {@code title} what people read.
   */
  record Line(Instant at, String stage, String kind, String event, String title, String detail, String by,
      String article, String processInstanceId) {
  }
}
