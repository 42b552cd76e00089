package org.partyaffairs.workforce.absence;

import java.time.LocalDate;
import java.util.List;
import org.partyaffairs.workforce.dismissal.AbsentDays;
import org.springframework.stereotype.Component;

/** The absent days on record, as the dismissal grounds read them. */
@Component
class AbsentDaysOnRecord implements AbsentDays {

  private final AbsenceRepository absences;

  AbsentDaysOnRecord(AbsenceRepository absences) {
    this.absences = absences;
  }

  @Override
  public List<LocalDate> daysIn(Long workerId, int year) {
    return absences.daysIn(workerId, year);
  }
}
