package org.partyaffairs.workforce.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.rules.DecisionRecorder;
import org.partyaffairs.workforce.rules.DecisionResult;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a confirmed result leads to, by the rules. Kunshan and points (000 第十四条 through
 * {@code dismissal-grounds}): an annual FAIL, or BASIC two years running, is a ground for dismissal
 * recorded on the worker. Lanzhou (001 第二十三条 through {@code reward-eligibility}): the reward,
 * a talk (约谈) for BASIC, a dismissal ground for FAIL, a person's review where the text is silent.
 * A ground found for the first time starts a DismissalProcess under the campaign's policy.
 */
@Component
class AssessmentConsequences {

  static final String ACTOR = "system";

  private final AssessmentRepository assessments;
  private final RewardRecordRepository rewards;
  private final WorkerRepository workers;
  private final DecisionRecorder recorder;
  private final ApplicationEventPublisher events;
  private final RuntimeService runtime;
  private final Trail trail;
  private final Clock clock;
  private final OrganisationUnitRepository units;

  AssessmentConsequences(AssessmentRepository assessments, RewardRecordRepository rewards, WorkerRepository workers,
      DecisionRecorder recorder, ApplicationEventPublisher events, RuntimeService runtime,
      Trail trail, Clock clock, OrganisationUnitRepository units) {
    this.units = units;
    this.assessments = assessments;
    this.rewards = rewards;
    this.workers = workers;
    this.recorder = recorder;
    this.events = events;
    this.runtime = runtime;
    this.trail = trail;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void apply(Campaign campaign, Assessment assessment, String processInstanceId) {
    Map<String, String> grades = new LinkedHashMap<>();
    assessments.confirmedGradesOf(assessment.getWorkerId(), campaign.getYear() - 1).stream().findFirst()
        .ifPresent(previous -> grades.put(Integer.toString(campaign.getYear() - 1), previous));
    grades.put(Integer.toString(campaign.getYear()), assessment.getGrade().name());
    List<String> done = campaign.getPolicy() == AssessmentPolicy.LANZHOU
        ? rewardAndAct(campaign, assessment, grades, processInstanceId)
        : dismissalGrounds(campaign, assessment, grades, processInstanceId);
    assessment.recordConsequences(done.isEmpty() ? "无" : String.join("；", done));
  }

  private List<String> dismissalGrounds(Campaign campaign, Assessment assessment, Map<String, String> grades,
      String processInstanceId) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("absences", List.of());
    facts.put("assessmentEligible", true);
    facts.put("grades", grades);
    facts.put("year", campaign.getYear());
    facts.put("criminalPenalty", false);
    facts.put("administrativeDetention", false);
    facts.put("publicSecurityPenalty", false);
    facts.put("seriousIncident", false);
    facts.put("otherReason", null);
    DecisionResult result = decide("dismissal-grounds", facts, assessment, processInstanceId);
    List<String> done = new ArrayList<>();
    for (String ground : strings(result.get("grounds"))) {
      dismissalGround(campaign, assessment, ground, "年度考核结果 " + grades, processInstanceId, Article.KUNSHAN_14);
      done.add("解聘情形 " + ground);
    }
    return done;
  }

  private List<String> rewardAndAct(Campaign campaign, Assessment assessment, Map<String, String> grades,
      String processInstanceId) {
    DecisionResult result = decide("reward-eligibility", Map.of("grades", grades, "year", campaign.getYear()),
        assessment, processInstanceId);
    List<String> done = new ArrayList<>();
    int reward = ((Number) result.get("reward")).intValue();
    if (reward > 0) {
      reward(assessment, reward, "连续两年考核结果 " + grades, ACTOR, processInstanceId);
      done.add("奖励 " + reward + " 元");
    }
    for (String action : strings(result.get("actions"))) {
      switch (FollowUp.valueOf(action)) {
        case TALK, MANUAL_REVIEW -> startFollowUp(campaign, assessment, FollowUp.valueOf(action), grades);
        case DISMISS -> dismissalGround(campaign, assessment, "ANNUAL_FAIL", "年度考核不称职（001 第二十三条）",
            processInstanceId, Article.LANZHOU_23);
      }
      done.add(FollowUp.valueOf(action).label());
    }
    return done;
  }

  /** A ground found for the first time starts a dismissal under the campaign's policy. */
  private void dismissalGround(Campaign campaign, Assessment assessment, String ground, String detail,
      String processInstanceId, Article article) {
    events.publishEvent(new AssessmentGroundFound(assessment.getWorkerId(), ground, campaign.getYear(), detail, ACTOR,
        processInstanceId, article, campaign.getPolicy().code()));
  }

  /** A reward of 001 第二十三条(三), once per assessment. */
  void reward(Assessment assessment, int amount, String why, String actor, String processInstanceId) {
    if (rewards.existsByAssessmentId(assessment.getId())) {
      return;
    }
    rewards.save(new RewardRecord(assessment.getWorkerId(), assessment.getId(), amount, actor, clock.instant()));
    trail.record(workers.getReferenceById(assessment.getWorkerId()), "ASSESSMENT_REWARD",
        "一次性奖励 " + amount + " 元：" + why, actor, processInstanceId, Article.LANZHOU_23);
  }

  private void startFollowUp(Campaign campaign, Assessment assessment, FollowUp followUp, Map<String, String> grades) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(FollowUpProcessVariables.ASSESSMENT_ID, assessment.getId());
    variables.put(FollowUpProcessVariables.WORKER_ID, assessment.getWorkerId());
    variables.put(FollowUpProcessVariables.FOLLOW_UP, followUp.name());
    variables.put(FollowUpProcessVariables.WORKER_NAME, workers.getReferenceById(assessment.getWorkerId()).getName());
    variables.put(FollowUpProcessVariables.TOWN_NAME, units.getReferenceById(assessment.getTownCode()).getName());
    variables.put(FollowUpProcessVariables.GRADES, grades.toString());
    runtime.startProcessInstanceByKey(FollowUpProcessVariables.PROCESS_KEY,
        campaign.getYear() + "-" + assessment.getTownCode() + "-" + assessment.getWorkerId() + "-" + followUp.name(),
        variables);
  }

  private DecisionResult decide(String decision, Map<String, ?> facts, Assessment assessment,
      String processInstanceId) {
    return recorder.decide(decision, facts, "assessmentId", assessment.getId().toString(), processInstanceId,
        CampaignProcessVariables.TASK_APPLY_CONSEQUENCES).result();
  }

  @SuppressWarnings("unchecked")
  private static Collection<String> strings(Object list) {
    return list == null ? List.of() : (Collection<String>) list;
  }
}
