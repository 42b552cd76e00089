package org.partyaffairs.workforce.post;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.IllegalTransitionException;

/**
 * A town committee's written application for posts (000 第三条: 由区镇党（工）委书面申请，经市委"两新"
 * 工委审核同意后，可设置…岗位). Each submission is a round; the committee approves, rejects or returns
 * the last one, and only an approved application creates posts, once.
 */
@Entity
public class PostApplication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String townCode;

  @Enumerated(EnumType.STRING)
  private PostApplicationStatus status;

  private String processInstanceId;

  @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
  @OrderBy("roundNumber")
  private List<PostApplicationRound> rounds = new ArrayList<>();

  @Version
  private long version;

  protected PostApplication() {
  }

  PostApplication(String townCode, PostRequest request, String applicant, Instant at, String processInstanceId) {
    this.townCode = townCode;
    this.processInstanceId = processInstanceId;
    this.status = PostApplicationStatus.SUBMITTED;
    rounds.add(new PostApplicationRound(this, 1, request, applicant, at));
  }

  void decide(PostReviewDecision decision, String reason, String reviewer, Instant at) {
    requireStatus(PostApplicationStatus.SUBMITTED, "审核");
    if (decision.needsReason() && reason == null) {
      throw new InvalidRequestException(decision.label() + "时必须说明理由");
    }
    current().decide(decision, reason, reviewer, at);
    status = switch (decision) {
      case APPROVE -> PostApplicationStatus.APPROVED;
      case REJECT -> PostApplicationStatus.REJECTED;
      case RETURN -> PostApplicationStatus.RETURNED;
    };
  }

  void resubmit(PostRequest request, String applicant, Instant at) {
    requireStatus(PostApplicationStatus.RETURNED, "修改后重新提交");
    rounds.add(new PostApplicationRound(this, rounds.size() + 1, request, applicant, at));
    status = PostApplicationStatus.SUBMITTED;
  }

  /** The posts the approved round asks for, one per station line; afterwards there is nothing left to create. */
  List<Post> createPosts(Instant at) {
    requireStatus(PostApplicationStatus.APPROVED, "设置岗位");
    status = PostApplicationStatus.POSTS_CREATED;
    return current().request().stations().stream().map(station -> new Post(townCode, station, at, id)).toList();
  }

  private void requireStatus(PostApplicationStatus required, String action) {
    if (status != required) {
      throw new IllegalTransitionException("岗位设置申请当前为「" + status.label() + "」，不能" + action);
    }
  }

  /** The last round: what the committee decides on, or decided. */
  public PostApplicationRound current() {
    return rounds.get(rounds.size() - 1);
  }

  /** Shown in Tasklist and Cockpit: the town and the application number. */
  public String businessKey() {
    return "POSTS-" + townCode + "-" + id;
  }

  public Long getId() {
    return id;
  }

  public String getTownCode() {
    return townCode;
  }

  public PostApplicationStatus getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public List<PostApplicationRound> getRounds() {
    return List.copyOf(rounds);
  }
}
