package org.partyaffairs.workforce.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, String> {

  Optional<Account> findByWorkerId(Long workerId);

  boolean existsByUserIdAndState(String userId, AccountState state);
}
