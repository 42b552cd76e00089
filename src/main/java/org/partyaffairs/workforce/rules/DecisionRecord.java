package org.partyaffairs.workforce.rules;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A decision taken for a record of the product (its subject, e.g. {@code workerId} 42): the facts,
 * the answer and the explanation as JSON, never changed afterwards.
 */
@Entity
@Immutable
public class DecisionRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String decision;

  private String subjectType;

  private String subjectId;

  private String facts;

  private String answer;

  private String explanation;

  private String processInstanceId;

  private String activityId;

  private Instant decidedAt;

  protected DecisionRecord() {
  }

  DecisionRecord(String decision, String subjectType, String subjectId, String facts, String answer,
      String explanation, String processInstanceId, String activityId, Instant decidedAt) {
    this.decision = decision;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.facts = facts;
    this.answer = answer;
    this.explanation = explanation;
    this.processInstanceId = processInstanceId;
    this.activityId = activityId;
    this.decidedAt = decidedAt;
  }

  public Long getId() {
    return id;
  }

  public String getDecision() {
    return decision;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public String getSubjectId() {
    return subjectId;
  }



  public String getExplanation() {
    return explanation;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  /** When the rules answered (a worker's dossier puts the decision on its timeline). */
  public Instant getDecidedAt() {
    return decidedAt;
  }
}
