package org.partyaffairs.workforce.rules;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface DecisionRecordRepository extends Repository<DecisionRecord, Long> {

  DecisionRecord save(DecisionRecord record);

  Optional<DecisionRecord> findById(Long id);

  List<DecisionRecord> findByProcessInstanceIdOrderById(String processInstanceId);

  List<DecisionRecord> findByProcessInstanceIdInOrderById(java.util.Collection<String> processInstanceIds);
}
