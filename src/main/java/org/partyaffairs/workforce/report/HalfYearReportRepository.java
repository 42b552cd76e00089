package org.partyaffairs.workforce.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HalfYearReportRepository extends JpaRepository<HalfYearReport, Long> {

  Optional<HalfYearReport> findByTownCodeAndHalfYear(String townCode, String halfYear);

  Optional<HalfYearReport> findByProcessInstanceId(String processInstanceId);

  List<HalfYearReport> findByHalfYearAndTownCodeInOrderByTownCode(String halfYear, Collection<String> townCodes);

  List<HalfYearReport> findByHalfYearOrderByTownCode(String halfYear);
}
