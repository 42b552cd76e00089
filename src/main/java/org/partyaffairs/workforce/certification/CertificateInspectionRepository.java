package org.partyaffairs.workforce.certification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateInspectionRepository extends JpaRepository<CertificateInspection, Long> {

  Optional<CertificateInspection> findByCertificateIdAndYear(Long certificateId, int year);

  List<CertificateInspection> findByCertificateIdOrderByYear(Long certificateId);
}
