package org.partyaffairs.workforce.training;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TrainingRepository extends JpaRepository<Training, Long> {

  /** The training locked until the transaction ends: two uploads for one training land one after another. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select t from Training t where t.id = :id")
  Optional<Training> lockById(Long id);
}
