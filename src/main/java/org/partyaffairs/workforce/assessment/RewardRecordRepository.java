package org.partyaffairs.workforce.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RewardRecordRepository extends JpaRepository<RewardRecord, Long> {

  boolean existsByAssessmentId(Long assessmentId);

  List<RewardRecord> findByWorkerIdOrderById(Long workerId);
}
