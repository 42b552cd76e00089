package org.partyaffairs.workforce.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Takes a decision for a subject inside a process and keeps it, in the process's own transaction. */
@Service
public class DecisionRecorder {

  private final DecisionService decisions;
  private final DecisionRecordRepository records;
  private final ObjectMapper json;
  private final Clock clock;

  DecisionRecorder(DecisionService decisions, DecisionRecordRepository records, ObjectMapper json, Clock clock) {
    this.decisions = decisions;
    this.records = records;
    this.json = json;
    this.clock = clock;
  }

  /**
   * @param subjectType what the decision is about, e.g. {@code workerId}; null when it is about nothing kept
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public RecordedDecision decide(String name, Map<String, ?> facts, String subjectType, String subjectId,
      String processInstanceId, String activityId) {
    DecisionResult result = decisions.decide(name, facts);
    DecisionRecord record = records.save(new DecisionRecord(result.decision(), subjectType, subjectId, write(facts),
        write(result.answer()), write(result.explanation()), processInstanceId, activityId, clock.instant()));
    return new RecordedDecision(record.getId(), result);
  }

  /** The answer, and the record that keeps it. */
  public record RecordedDecision(Long recordId, DecisionResult result) {
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot keep a decision as JSON", e);
    }
  }
}
