package org.partyaffairs.workforce.worker;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface WorkerRepository extends JpaRepository<Worker, Long> {

  Optional<Worker> findByUserId(String userId);

  /**
   * The worker, locked until the transaction ends: whatever decides on a worker's whole record (the
   * absences behind a trigger, an open dismissal) reads it after the last writer committed.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select w from Worker w where w.id = :id")
  Optional<Worker> lockById(Long id);

  Page<Worker> findByTownCodeInOrderById(Collection<String> townCodes, Pageable page);

  Page<Worker> findByUserId(String userId, Pageable page);
}
