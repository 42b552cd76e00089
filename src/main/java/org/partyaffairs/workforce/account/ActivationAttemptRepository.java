package org.partyaffairs.workforce.account;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivationAttemptRepository extends JpaRepository<ActivationAttempt, Long> {

  long countByUserIdAndSucceededFalseAndAttemptedAtBetween(String userId, Instant since, Instant until);

  long countByAddressAndSucceededFalseAndAttemptedAtBetween(String address, Instant since, Instant until);
}
