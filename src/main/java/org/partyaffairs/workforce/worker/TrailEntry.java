package org.partyaffairs.workforce.worker;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of a worker's trail: what happened, who did it, when, in which process, under which article. */
@Entity
@Immutable
public class TrailEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long workerId;

  private String event;

  private String detail;

  private String actor;

  private Instant occurredAt;

  private String processInstanceId;

  private String article;

  protected TrailEntry() {
  }

  TrailEntry(Long workerId, String event, String detail, String actor, Instant occurredAt,
      String processInstanceId, Article article) {
    this.workerId = workerId;
    this.event = event;
    this.detail = detail;
    this.actor = actor;
    this.occurredAt = occurredAt;
    this.processInstanceId = processInstanceId;
    this.article = article.citation();
  }

  public Long getId() {
    return id;
  }

  public Long getWorkerId() {
    return workerId;
  }

  public String getEvent() {
    return event;
  }

  public String getDetail() {
    return detail;
  }

  public String getActor() {
    return actor;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getArticle() {
    return article;
  }
}
