package org.partyaffairs.workforce.recruitment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

  List<Candidate> findByPlanOrderById(RecruitmentPlan plan);

  long countByPlan(RecruitmentPlan plan);

  long countByPlanAndHireDecision(RecruitmentPlan plan, HireDecision decision);
}
