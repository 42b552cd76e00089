package org.partyaffairs.workforce.dismissal;

import java.time.LocalDate;
import java.util.List;

/**
 * The absent working days (旷工) the grounds of 000 第十四条 1 are judged on. The absence capability
 * keeps them and provides this ({@code absence.AbsentDaysOnRecord}): dismissal does not reach into
 * absence, absence depends on dismissal.
 */
public interface AbsentDays {

  /** The worker's absent days in a year, in order. */
  List<LocalDate> daysIn(Long workerId, int year);
}
