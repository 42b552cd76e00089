package org.partyaffairs.workforce.certification;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificationRoundRepository extends JpaRepository<CertificationRound, Long> {

  Optional<CertificationRound> findByYear(int year);
}
