package org.partyaffairs.workforce.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.rules.facts.Grade;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.DismissalGround;
import org.partyaffairs.workforce.worker.DismissalGroundRepository;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;

/** AssessmentCampaignProcess and AnnualAssessmentProcess under each policy, start to consequences. */
@IntegrationTest
class AssessmentCampaignProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired Campaigns campaigns;
  @Autowired People people;
  @Autowired CampaignService campaignService;
  @Autowired AssessmentRepository assessments;
  @Autowired DismissalGroundRepository grounds;

  @BeforeEach
  void start() {
    init(engine);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-10T02:00:00Z")));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void aKunshanCampaignGradesEachWorkerAndAFailBecomesADismissalGround() {
    Worker excellent = people.activeWorker("kfq", "考核优");
    Worker failing = people.activeWorker("huaqiao", "考核差");
    ProcessInstance campaign = campaigns.start(2011, "kunshan");

    Campaign started = campaignService.byProcess(campaign.getId());
    assertThat(campaign).hasBusinessKey("2011-kunshan");
    assertThat(campaign.getTenantId()).isNull();
    ProcessInstance assessment = runtime.createProcessInstanceQuery().superProcessInstanceId(campaign.getId())
        .processInstanceBusinessKey("2011-kfq-" + excellent.getId()).singleResult();
    assertThat(assessment.getTenantId()).isEqualTo("kfq");

    campaigns.assess(campaign, "kunshan", worker -> worker.equals(excellent.getId()) ? Campaigns.evaluationForm(95)
        : worker.equals(failing.getId()) ? Campaigns.evaluationForm(55) : null);
    Assessment graded = assessments.findByCampaignIdAndWorkerId(started.getId(), excellent.getId()).orElseThrow();
    assertThat(graded.getGrade()).isEqualTo(Grade.EXCELLENT);
    assertThat(graded.getGradeLabel()).isEqualTo("优秀");
    assertThat(graded.getGradeExplanation()).contains("000 第十条");
    assertThat(campaigns.tasks(campaign, "Task_InvestigateObjection")).isEmpty();
    assertThat(campaignService.byProcess(campaign.getId()).getStatus()).isEqualTo(CampaignStatus.PUBLISHING);

    campaigns.closeNotices(campaign);
    campaigns.confirm(campaign);

    assertThat(campaign).isEnded();
    assertThat(grounds.findByWorkerIdOrderById(failing.getId())).extracting(DismissalGround::getGround)
        .containsExactly("ANNUAL_FAIL");
    assertThat(grounds.findByWorkerIdOrderById(excellent.getId())).isEmpty();
    CampaignService.Report report = campaignService.report(started.getId(), Actor.system());
    assertThat(report.status()).isEqualTo(CampaignStatus.CLOSED);
    assertThat(report.byStatus().get(AssessmentStatus.CONFIRMED)).isEqualTo(report.workers().longValue());
    assertThat(report.byTownAndGrade().get("huaqiao")).containsEntry("FAIL", 1L);
  }
}
