package org.partyaffairs.workforce.notice;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

  /**
   * The notice, locked until the transaction ends: an objection and the end of the period take
   * turns, so an objection either counts before the notice closes or is refused after.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select n from Notice n where n.id = ?1")
  Optional<Notice> lockById(Long id);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select n from Notice n where n.processInstanceId = ?1")
  Optional<Notice> lockByProcessInstanceId(String processInstanceId);

  /** Without a lock: for reading only. */
  Optional<Notice> findByProcessInstanceId(String processInstanceId);

  Page<Notice> findByTownCodeInOrderByIdDesc(Collection<String> towns, Pageable page);

  List<Notice> findByTownCodeAndStatusAndClosesAtAfterOrderByIdDesc(String town, NoticeStatus status, Instant now);
}
