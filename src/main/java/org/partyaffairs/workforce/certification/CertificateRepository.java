package org.partyaffairs.workforce.certification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

  List<Certificate> findByWorkerIdOrderByIdDesc(Long workerId);

  Optional<Certificate> findFirstByWorkerIdAndStatusInOrderByIdDesc(Long workerId, Collection<CertificateStatus> statuses);

  Optional<Certificate> findByApplicationId(Long applicationId);

  List<Certificate> findByTownCodeInOrderById(Collection<String> towns);

  List<Certificate> findAllByOrderById();
}
