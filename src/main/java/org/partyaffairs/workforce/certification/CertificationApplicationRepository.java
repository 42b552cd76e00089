package org.partyaffairs.workforce.certification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificationApplicationRepository extends JpaRepository<CertificationApplication, Long> {

  Optional<CertificationApplication> findByProcessInstanceId(String processInstanceId);

  @Query("select a.worker.id from CertificationApplication a where a.round.id = :roundId")
  List<Long> workersOfRound(Long roundId);

  List<CertificationApplication> findByWorkerIdOrderByIdDesc(Long workerId);
}
