package org.partyaffairs.workforce.recruitment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

  List<Candidate> findByPlanOrderById(RecruitmentPlan plan);

  long countByPlan(RecruitmentPlan plan);

  /** The candidate whose contract made this worker (000 第六条). */
  Optional<Candidate> findFirstByWorkerIdOrderByIdDesc(Long workerId);

  long countByPlanAndHireDecision(RecruitmentPlan plan, HireDecision decision);
}
