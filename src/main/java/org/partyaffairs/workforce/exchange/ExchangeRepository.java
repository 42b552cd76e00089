package org.partyaffairs.workforce.exchange;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExchangeRepository extends JpaRepository<ExchangeProposal, Long> {

  Optional<ExchangeProposal> findByProcessInstanceId(String processInstanceId);

  List<ExchangeProposal> findByWorkerIdOrderByIdDesc(Long workerId);

  List<ExchangeProposal> findByWorkerIdAndStatusIn(Long workerId, Collection<ExchangeStatus> statuses);
}
