package org.partyaffairs.workforce.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivationCodeRepository extends JpaRepository<ActivationCode, Long> {

  Optional<ActivationCode> findFirstByUserIdAndCodeHashOrderByIdDesc(String userId, String codeHash);

  List<ActivationCode> findByUserIdAndUsedAtIsNullAndRevokedAtIsNull(String userId);
}
