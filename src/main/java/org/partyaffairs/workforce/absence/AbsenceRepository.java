package org.partyaffairs.workforce.absence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AbsenceRepository extends JpaRepository<Absence, Long> {

  List<Absence> findByWorkerIdAndAbsentOnBetweenOrderByAbsentOn(Long workerId, LocalDate first, LocalDate last);

  @Query("select a.absentOn from Absence a where a.workerId = :workerId and a.absentOn in :days order by a.absentOn")
  List<LocalDate> recordedAmong(Long workerId, Collection<LocalDate> days);

  /** The worker's absent days in a year, the facts of the warning trigger and the dismissal grounds. */
  default List<LocalDate> daysIn(Long workerId, int year) {
    return findByWorkerIdAndAbsentOnBetweenOrderByAbsentOn(workerId, LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31)).stream().map(Absence::getAbsentOn).toList();
  }
}
