package org.partyaffairs.workforce.assessment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

  Optional<Campaign> findByYearAndPolicy(int year, AssessmentPolicy policy);

  Optional<Campaign> findByProcessInstanceId(String processInstanceId);
}
