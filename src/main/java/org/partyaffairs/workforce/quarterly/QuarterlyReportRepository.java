package org.partyaffairs.workforce.quarterly;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuarterlyReportRepository extends JpaRepository<QuarterlyReport, Long> {

  Optional<QuarterlyReport> findByProcessInstanceId(String processInstanceId);

  @Query("select r from QuarterlyReport r where r.worker.id = :workerId and r.year = :year and r.quarter = :quarter")
  Optional<QuarterlyReport> find(Long workerId, int year, int quarter);

  @Query("select r from QuarterlyReport r where r.worker.id = :workerId order by r.year desc, r.quarter desc")
  List<QuarterlyReport> ofWorker(Long workerId);

  @Query("select r from QuarterlyReport r where r.worker.id = :workerId and r.year = :year order by r.quarter")
  List<QuarterlyReport> ofWorkerInYear(Long workerId, int year);

  /** The ids of the town's workers who have a report of the quarter already. */
  @Query("select r.worker.id from QuarterlyReport r where r.townCode = :town and r.year = :year and r.quarter = :quarter")
  List<Long> workersWithReport(String town, int year, int quarter);
}
