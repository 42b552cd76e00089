package org.partyaffairs.workforce.post;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;

/** One submission of an application and the committee's answer to it: the history of rounds. */
@Entity
public class PostApplicationRound {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "application_id")
  private PostApplication application;

  private int roundNumber;

  private int postCount;

  private String stations;

  private String reason;

  private String submittedBy;

  private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  private PostReviewDecision decision;

  private String decisionReason;

  private String decidedBy;

  private Instant decidedAt;

  protected PostApplicationRound() {
  }

  PostApplicationRound(PostApplication application, int roundNumber, PostRequest request, String submittedBy,
      Instant submittedAt) {
    this.application = application;
    this.roundNumber = roundNumber;
    this.postCount = request.postCount();
    this.stations = request.stationsText();
    this.reason = request.reason();
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  void decide(PostReviewDecision decision, String reason, String by, Instant at) {
    this.decision = decision;
    this.decisionReason = reason;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  PostRequest request() {
    return new PostRequest(postCount, PostRequest.stationLines(stations), reason);
  }

  public int getRoundNumber() {
    return roundNumber;
  }

  public int getPostCount() {
    return postCount;
  }

  public List<String> getStations() {
    return PostRequest.stationLines(stations);
  }

  public String getReason() {
    return reason;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public PostReviewDecision getDecision() {
    return decision;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
