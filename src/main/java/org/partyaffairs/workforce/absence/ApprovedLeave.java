package org.partyaffairs.workforce.absence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * The approved leave on record (001 第十八条(四)), as the absence record reads it: a day of approved
 * leave is not an absence. Absence declares what it needs and the leave capability implements it, so
 * that leave depends on absence (it records late returns through {@link AbsenceService}) and never
 * the other way.
 */
public interface ApprovedLeave {

  /** The worker's approved leave that covers one of these days, if any. */
  Optional<Span> covering(Long workerId, Collection<LocalDate> days);

  /**
   * An approved leave: its business key ({@code LV-…}) and the days it covers.
   */
  record Span(String businessKey, LocalDate firstDay, LocalDate lastDay) {

    /** 「该日期在已批准的请假（LV-7，2026-12-07至2026-12-09）内，不能记为旷工」. */
    public String refusal(LocalDate day) {
      return day + " 在已批准的请假（" + businessKey + "，" + firstDay + "至" + lastDay + "）内，不能记为旷工";
    }
  }
}
