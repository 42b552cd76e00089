package org.partyaffairs.workforce.certification;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AllowanceListRepository extends JpaRepository<AllowanceList, Long> {

  Optional<AllowanceList> findByYear(int year);

  Optional<AllowanceList> findByProcessInstanceId(String processInstanceId);
}
