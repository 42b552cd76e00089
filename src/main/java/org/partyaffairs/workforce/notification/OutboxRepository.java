package org.partyaffairs.workforce.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

  boolean existsByDedupKey(String dedupKey);

  List<OutboxMessage> findByTaskIdOrderById(String taskId);

  List<OutboxMessage> findByRecipientOrderById(String recipient);

  /** Pending rows due now and held by nobody, oldest first: candidates for a claim. */
  @Query("select m.id from OutboxMessage m where m.status = org.partyaffairs.workforce.notification.OutboxStatus.PENDING and m.nextAttemptAt <= :now"
      + " and (m.leaseUntil is null or m.leaseUntil < :now) order by m.nextAttemptAt, m.id")
  List<Long> due(Instant now, Pageable page);

  /**
   * The claim: the row becomes this node's until the lease ends, only if it is still pending, due
   * and held by nobody. One means claimed; zero means another node was first.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update OutboxMessage m set m.leaseOwner = :owner, m.leaseUntil = :until where m.id = :id"
      + " and m.status = org.partyaffairs.workforce.notification.OutboxStatus.PENDING and m.nextAttemptAt <= :now and (m.leaseUntil is null or m.leaseUntil < :now)")
  int claim(Long id, String owner, Instant now, Instant until);

  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update OutboxMessage m set m.status = org.partyaffairs.workforce.notification.OutboxStatus.SENT, m.sentAt = :now, m.channel = :channel, m.attempts = m.attempts + 1,"
      + " m.leaseOwner = null, m.leaseUntil = null, m.lastError = null where m.id = :id and m.leaseOwner = :owner"
      + " and m.status = org.partyaffairs.workforce.notification.OutboxStatus.PENDING")
  int sent(Long id, String owner, Channel channel, Instant now);

  /** A failed attempt: wait until {@code next}, or FAILED when {@code status} says so. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update OutboxMessage m set m.status = :status, m.attempts = m.attempts + 1, m.nextAttemptAt = :next,"
      + " m.channel = :channel, m.lastError = :error, m.leaseOwner = null, m.leaseUntil = null"
      + " where m.id = :id and m.leaseOwner = :owner and m.status = org.partyaffairs.workforce.notification.OutboxStatus.PENDING")
  int failed(Long id, String owner, OutboxStatus status, Channel channel, Instant next, String error);

  @Query("select m.status, m.kind, count(m) from OutboxMessage m group by m.status, m.kind")
  List<Object[]> counts();
}
