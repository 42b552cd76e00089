package org.partyaffairs.workforce.notice;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectionRepository extends JpaRepository<Objection, Long> {

  Optional<Objection> findByNoticeIdAndObjectorAndIdempotencyKey(Long noticeId, String objector, String key);
}
