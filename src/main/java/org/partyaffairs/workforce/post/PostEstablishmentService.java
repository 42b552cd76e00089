package org.partyaffairs.workforce.post;

import java.time.Clock;
import java.util.List;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.slf4j.Logger;
import org.springframework.context.ApplicationEventPublisher;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Post establishment under 000 第三条: the town committee applies in writing, the city committee
 * approves, rejects or returns it for revision, and an approved application becomes the town's
 * posts. Every step checks who may take it before writing anything.
 */
@Service
@Transactional
public class PostEstablishmentService {

  private static final Logger log = LoggerFactory.getLogger(PostEstablishmentService.class);

  private final PostApplicationRepository applications;
  private final PostRepository posts;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  PostEstablishmentService(PostApplicationRepository applications, PostRepository posts, Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.applications = applications;
    this.posts = posts;
    this.clock = clock;
  }

  public PostApplication apply(Actor applicant, String town, PostRequest request, String processInstanceId) {
    requireTownCommittee(applicant, town);
    PostApplication application = applications.save(
        new PostApplication(town, request, applicant.userId(), clock.instant(), processInstanceId));
    log.info("Post application {} of {}: {} posts", application.getId(), town, request.postCount());
    return application;
  }

  public PostApplication decide(String processInstanceId, Actor reviewer, PostReviewDecision decision, String reason) {
    if (!reviewer.isSystem() && !reviewer.isMemberOf(Groups.CITY_COMMITTEE)) {
      throw new InvalidRequestException("岗位设置申请由市委\"两新\"工委审核");
    }
    PostApplication application = applicationOf(processInstanceId);
    application.decide(decision, reason, reviewer.userId(), clock.instant());
    log.info("Post application {} round {}: {}", application.getId(), application.current().getRoundNumber(), decision);
    events.publishEvent(new PostApplicationDecided(application.getTownCode(), application.current().getSubmittedBy(),
        application.current().getRoundNumber(), decision, application.businessKey(), processInstanceId));
    return application;
  }

  public PostApplication resubmit(String processInstanceId, Actor applicant, PostRequest request) {
    PostApplication application = applicationOf(processInstanceId);
    requireTownCommittee(applicant, application.getTownCode());
    application.resubmit(request, applicant.userId(), clock.instant());
    return application;
  }

  /** Creates the approved posts; run again (a retried job) it finds them created and does nothing. */
  public void createPosts(String processInstanceId) {
    PostApplication application = applicationOf(processInstanceId);
    if (application.getStatus() == PostApplicationStatus.POSTS_CREATED) {
      return;
    }
    List<Post> created = posts.saveAll(application.createPosts(clock.instant()));
    log.info("Post application {} created {} posts in {}", application.getId(), created.size(),
        application.getTownCode());
  }

  private PostApplication applicationOf(String processInstanceId) {
    return applications.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotFoundException("流程 " + processInstanceId + " 没有岗位设置申请"));
  }

  private static void requireTownCommittee(Actor actor, String town) {
    if (!actor.isSystem() && !actor.isMemberOf(Groups.townCommittee(town))) {
      throw new InvalidRequestException("岗位设置申请由区镇党（工）委提出");
    }
  }
}
