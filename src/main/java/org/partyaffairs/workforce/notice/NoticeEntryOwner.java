package org.partyaffairs.workforce.notice;

import org.partyaffairs.workforce.security.Actor;

/**
 * The service that owns the records of one entry type (e.g. assessment results). A correction found
 * by an investigation is applied through it, so the record re-runs its own decision and trail.
 */
public interface NoticeEntryOwner {

  /** The activity of PublicNoticeProcess that applies an upheld objection's correction ({@link #correct}). */
  String CORRECTION_TASK = NoticeProcessVariables.TASK_APPLY_CORRECTION;

  /** The {@code recordType} of the entries it owns. */
  String recordType();

  /**
   * Refuses a corrected value the record could not take, when the investigator submits it, so
   * that the correction applied later cannot fail on it. Anything goes unless an owner says so.
   */
  default void check(String recordId, String correctedValue) {
  }

  /**
   * Applies the corrected value to the record and answers what the notice now shows for it.
   *
   * @param reason why, as the investigation found it
   */
  String correct(String recordId, String correctedValue, String reason, Actor actor, String processInstanceId);
}
