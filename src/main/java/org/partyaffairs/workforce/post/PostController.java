package org.partyaffairs.workforce.post;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.web.Pages;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The posts of the caller's towns, and post applications with every round of their review. */
@Tag(name = "岗位", description = "区镇的岗位与岗位设置申请（000 第三条）")
@RestController
@Transactional(readOnly = true)
class PostController {

  record PostView(Long id, String town, String station, boolean vacant, Long workerId, Long applicationId) {

    static PostView of(Post post) {
      return new PostView(post.getId(), post.getTownCode(), post.getStation(), post.isVacant(), post.getWorkerId(),
          post.getApplicationId());
    }
  }

  record RoundView(int round, int postCount, List<String> stations, String reason, String submittedBy,
      Instant submittedAt, PostReviewDecision decision, String decisionReason, String decidedBy, Instant decidedAt) {

    static RoundView of(PostApplicationRound round) {
      return new RoundView(round.getRoundNumber(), round.getPostCount(), round.getStations(), round.getReason(),
          round.getSubmittedBy(), round.getSubmittedAt(), round.getDecision(), round.getDecisionReason(),
          round.getDecidedBy(), round.getDecidedAt());
    }
  }

  record ApplicationView(Long id, String town, PostApplicationStatus status, String statusLabel,
      List<RoundView> rounds) {
  }

  private final PostRepository posts;
  private final PostApplicationRepository applications;
  private final CurrentActor currentActor;

  PostController(PostRepository posts, PostApplicationRepository applications, CurrentActor currentActor) {
    this.posts = posts;
    this.applications = applications;
    this.currentActor = currentActor;
  }

  @Operation(summary = "本区镇的岗位（分页）")
  @GetMapping("/api/posts")
  ResponseEntity<List<PostView>> posts(Pageable page) {
    return Pages.of(posts.findByTownCodeInOrderById(currentActor.get().towns(), Pages.unsorted(page)), PostView::of);
  }

  @Operation(summary = "一次岗位设置申请及其审核经过")
  @GetMapping("/api/post-applications/{id}")
  ApplicationView application(@PathVariable long id) {
    Actor actor = currentActor.get();
    PostApplication application = applications.findById(id)
        .filter(found -> actor.canActFor(found.getTownCode()))
        .orElseThrow(() -> new NotFoundException("岗位设置申请 " + id + " 不存在"));
    return new ApplicationView(application.getId(), application.getTownCode(), application.getStatus(),
        application.getStatus().label(), application.getRounds().stream().map(RoundView::of).toList());
  }
}
