package org.partyaffairs.workforce.assessment;

import java.time.LocalDate;
import java.util.Set;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a person does after a Lanzhou result (001 第二十三条(三)): the talk, the reward review. */
@Service
@Transactional
public class FollowUpService {

  /** The amounts 001 第二十三条(三) names, and none. */
  static final Set<Integer> REWARD_AMOUNTS = Set.of(0, 4800, 7200);

  private final AssessmentService assessments;
  private final AssessmentConsequences consequences;
  private final WorkerRepository workers;
  private final Trail trail;

  FollowUpService(AssessmentService assessments, AssessmentConsequences consequences, WorkerRepository workers,
      Trail trail) {
    this.assessments = assessments;
    this.consequences = consequences;
    this.workers = workers;
    this.trail = trail;
  }

  /** 约谈: held by the town organisation head with a BASIC worker, recorded on the worker's trail. */
  public void recordTalk(Long assessmentId, Actor actor, LocalDate heldOn, String participants, String content,
      String processInstanceId) {
    Assessment assessment = assessments.find(assessmentId);
    trail.record(workers.getReferenceById(assessment.getWorkerId()), "ASSESSMENT_TALK",
        "年度考核基本称职，" + heldOn + " 约谈（参加人员：" + participants + "）：" + content, actor.userId(),
        processInstanceId, Article.LANZHOU_23);
  }

  /** The mixed case (优秀 and 称职): a person names the reward, or none, with the reason. */
  public void reviewReward(Long assessmentId, Actor actor, int amount, String reason, String processInstanceId) {
    if (!REWARD_AMOUNTS.contains(amount)) {
      throw new InvalidRequestException("奖励金额只能是 0、4800 或 7200 元，收到 " + amount);
    }
    Assessment assessment = assessments.find(assessmentId);
    if (amount > 0) {
      consequences.reward(assessment, amount, "人工审核：" + reason, actor.userId(), processInstanceId);
    } else {
      trail.record(workers.getReferenceById(assessment.getWorkerId()), "ASSESSMENT_NO_REWARD",
          "人工审核不予奖励：" + reason, actor.userId(), processInstanceId, Article.LANZHOU_23);
    }
  }
}
