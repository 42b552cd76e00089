package org.partyaffairs.workforce.rules;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface DecisionRecordRepository extends Repository<DecisionRecord, Long> {

  DecisionRecord save(DecisionRecord record);

  List<DecisionRecord> findByProcessInstanceIdOrderById(String processInstanceId);

  List<DecisionRecord> findByProcessInstanceIdInOrderById(java.util.Collection<String> processInstanceIds);
}
