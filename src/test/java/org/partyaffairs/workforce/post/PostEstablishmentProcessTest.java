package org.partyaffairs.workforce.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.support.Refusals;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Every path of PostEstablishmentProcess (000 第三条), each step taken by the role that owns it. */
@IntegrationTest
class PostEstablishmentProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired Forms forms;
  @Autowired Refusals refusals;
  @Autowired People people;
  @Autowired CurrentActor currentActor;
  @Autowired PostRepository posts;
  @Autowired PostApplicationRepository applications;
  @Autowired PostEstablishmentService service;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void initAssertions() {
    init(engine);
  }

  @AfterEach
  void actAsSystem() {
    people.actAsSystem();
  }

  @Test
  void anApprovedApplicationBecomesVacantPostsOfTheTown() {
    ProcessInstance instance = apply("zhangpu", 2, "张浦镇北区域党建工作站\n张浦镇南区域党建工作站");

    PostApplication application = applicationOf(instance);
    assertThat(instance).isWaitingAt("Task_ReviewPostApplication").hasBusinessKey("POSTS-zhangpu-" + application.getId());
    assertThat(instance.getTenantId()).isEqualTo("zhangpu");
    assertThat(task(instance)).hasCandidateGroup("city-committee");
    assertThat(runtimeService.getVariable(instance.getId(), "townName")).isEqualTo("张浦镇");
    forms.complete(task(instance), "committee", Map.of("decision", "APPROVE"));

    assertThat(instance).isWaitingAt("Task_CreatePosts");
    execute(job(instance));
    assertThat(instance).isEnded().hasPassed("EndEvent_PostsCreated");
    assertThat(postsOf(application)).extracting(Post::getStation, Post::getTownCode, Post::isVacant)
        .containsExactly(tuple("张浦镇北区域党建工作站", "zhangpu", true),
            tuple("张浦镇南区域党建工作站", "zhangpu", true));
    assertThat(applicationOf(instance).getStatus()).isEqualTo(PostApplicationStatus.POSTS_CREATED);
  }

  @Test
  void aReturnedApplicationIsRevisedAndResubmittedAndEveryRoundIsKept() {
    ProcessInstance instance = apply("kfq", 1, "蓬朗区域党建工作站");
    forms.complete(task(instance), "committee", Map.of("decision", "RETURN", "decisionReason", "请说明服务的企业数量"));

    assertThat(instance).isWaitingAt("Task_ReviseApplication");
    assertThat(task(instance)).hasCandidateGroup("town-committee-kfq");
    assertThat(runtimeService.getVariable(instance.getId(), "reviewComment")).isEqualTo("请说明服务的企业数量");
    forms.complete(task(instance), "kfq-committee", Map.of("postCount", 2,
        "stations", "蓬朗区域党建工作站\n蓬朗区域党建工作站", "reason", "蓬朗片区两新组织312家，党员1400余名"));

    assertThat(instance).isWaitingAt("Task_ReviewPostApplication");
    assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys("decision", "decisionReason")
        .containsEntry("round", 2).containsEntry("postCount", 2);
    forms.complete(task(instance), "committee", Map.of("decision", "APPROVE"));
    execute(job(instance));

    PostApplication application = applicationOf(instance);
    assertThat(application.getRounds()).extracting(PostApplicationRound::getRoundNumber,
        PostApplicationRound::getPostCount, PostApplicationRound::getDecision, PostApplicationRound::getDecidedBy)
        .containsExactly(tuple(1, 1, PostReviewDecision.RETURN, "committee"),
            tuple(2, 2, PostReviewDecision.APPROVE, "committee"));
    assertThat(postsOf(application)).hasSize(2);
  }

  @Test
  void aRejectionNeedsAReasonAndCreatesNoPosts() {
    ProcessInstance instance = apply("huaqiao", 1, "花桥商务城区域党建工作站");

    assertThatThrownBy(() -> forms.complete(task(instance), "committee", Map.of("decision", "REJECT")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("理由");
    assertThat(instance).isWaitingAt("Task_ReviewPostApplication");
    forms.complete(task(instance), "committee", Map.of("decision", "REJECT", "decisionReason", "现有岗位尚有空缺"));

    assertThat(instance).isEnded().hasPassed("EndEvent_ApplicationRejected");
    assertThat(applicationOf(instance).getStatus()).isEqualTo(PostApplicationStatus.REJECTED);
    assertThat(postsOf(applicationOf(instance))).isEmpty();
  }

  @Test
  void anInvalidApplicationStartsNothing() {
    refusals.assertNothingStarted(() -> apply("kfq", 2, "只有一个工作站"), "请每个岗位写一行", applications::count);
    refusals.assertNothingStarted(() -> apply("kfq", 0, ""), "请填写服务的区域党建工作站", applications::count);
    refusals.assertNothingStarted(() -> apply("kfq", 51, "站"), "岗位数量应在 1 至 50 之间", applications::count);
    refusals.assertNothingStarted(() -> forms.start(PostEstablishmentProcessVariables.PROCESS_KEY, "kfq-committee",
        Map.of("postCount", "两个", "stations", "站\n站", "reason", "理由")), "岗位数量应为整数", applications::count);
    refusals.assertNothingStarted(() -> forms.start(PostEstablishmentProcessVariables.PROCESS_KEY, "kfq-committee",
        Map.of("townCode", "huaqiao", "postCount", 1, "stations", "站", "reason", "理由")), "其他区镇", applications::count);
  }

  @Test
  void onlyTheCityCommitteeDecidesAndAForgedOutcomeIsRefused() {
    ProcessInstance instance = apply("kfq", 1, "周市区域党建工作站");
    people.actAs("kfq-committee");
    Actor townCommittee = currentActor.get();
    people.actAsSystem();

    assertThatThrownBy(() -> service.decide(instance.getId(), townCommittee, PostReviewDecision.APPROVE, null))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("市委");
    assertThatThrownBy(() -> forms.complete(task(instance), "committee", Map.of("decision", "APPROVE_ALL")))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("审核意见");
    assertThat(instance).isWaitingAt("Task_ReviewPostApplication");
  }

  @Test
  void creatingThePostsAgainAfterARetryCreatesNothingMore() {
    ProcessInstance instance = apply("zhangpu", 1, "张浦镇西区域党建工作站");
    forms.complete(task(instance), "committee", Map.of("decision", "APPROVE"));
    execute(job(instance));

    service.createPosts(instance.getId());

    assertThat(postsOf(applicationOf(instance))).hasSize(1);
  }

  private ProcessInstance apply(String town, int postCount, String stations) {
    return forms.start(PostEstablishmentProcessVariables.PROCESS_KEY, town + "-committee",
        Map.of("postCount", postCount, "stations", stations, "reason", "新建区域党建工作站，需配备专职党务工作者"));
  }

  private PostApplication applicationOf(ProcessInstance instance) {
    return transaction.execute(status -> {
      PostApplication application = applications.findByProcessInstanceId(instance.getId()).orElseThrow();
      application.getRounds().size();
      return application;
    });
  }

  private List<Post> postsOf(PostApplication application) {
    return posts.findAll().stream().filter(post -> application.getId().equals(post.getApplicationId())).toList();
  }
}
