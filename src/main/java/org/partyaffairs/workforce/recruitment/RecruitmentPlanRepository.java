package org.partyaffairs.workforce.recruitment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecruitmentPlanRepository extends JpaRepository<RecruitmentPlan, Long> {

  Optional<RecruitmentPlan> findByProcessInstanceId(String processInstanceId);

  List<RecruitmentPlan> findByTownCodeAndStatusIn(String townCode, Collection<PlanStatus> statuses);
}
