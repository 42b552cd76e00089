package org.partyaffairs.workforce.recruitment;

import static org.partyaffairs.workforce.recruitment.RecruitmentProcessVariables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.JsonVariables;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * The service tasks of RecruitmentProcess ({@code camunda:delegateExpression="${recruitmentTasks}"}),
 * told apart by their id: each maps variables in and out and calls {@link RecruitmentService},
 * nothing more. It also shows each candidate task its candidate (a {@code start} listener).
 */
@Component("recruitmentTasks")
class RecruitmentTasks implements JavaDelegate, ExecutionListener {

  private final RecruitmentService service;
  private final CurrentActor actor;
  private final OrganisationUnitRepository units;

  RecruitmentTasks(RecruitmentService service, CurrentActor actor, OrganisationUnitRepository units) {
    this.service = service;
    this.actor = actor;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_REGISTER_PLAN -> registerPlan(execution);
      case TASK_COLLECT_QUALIFIED -> collectQualified(execution);
      case TASK_RANK_CANDIDATES -> rank(execution);
      case TASK_CHECK_SHORTLIST -> checkShortlist(execution);
      case TASK_START_HIRING -> startHiring(execution);
      case TASK_COMPLETE_RECRUITMENT -> service.complete(execution.getProcessInstanceId());
      default -> throw new IllegalStateException("No recruitment step " + execution.getCurrentActivityId());
    }
  }

  /**
   * A candidate task starts: its candidate's name and education for the task name and form, and
   * the form's fields as local variables, so that parallel tasks never write over each other.
   */
  @Override
  public void notify(DelegateExecution execution) {
    Candidate candidate = service.candidate(FormValues.optionalId("报名人员编号", execution.getVariable(CANDIDATE_ID)));
    execution.setVariableLocal(CANDIDATE_NAME, candidate.getName());
    execution.setVariableLocal(CANDIDATE_EDUCATION, candidate.getEducation());
    for (String field : List.of(QUALIFICATION, QUALIFICATION_REASON, EXAM_SCORE, INTERVIEW_SCORE, HIRE, POST_ID,
        CONTRACT_NUMBER, CONTRACT_SIGNED_ON)) {
      execution.setVariableLocal(field, null);
    }
  }

  /** Task_RegisterPlan, synchronous after the start form: an invalid plan fails the start. */
  private void registerPlan(DelegateExecution execution) {
    String town = execution.getTenantId();
    RecruitmentPlan plan = service.plan(actor.get(), town,
        FormValues.requiredWholeNumber("招录岗位数", execution.getVariable(POSTS_TO_FILL)),
        FormValues.requiredText("招录条件", execution.getVariable(CONDITIONS), 2000),
        FormValues.requiredText("招录日程安排", execution.getVariable(SCHEDULE), 1000),
        execution.getProcessInstanceId());
    String townName = units.getReferenceById(town).getName();
    execution.setProcessBusinessKey(plan.businessKey());
    execution.setVariable(TOWN_NAME, townName);
    // As validated: the plan's task names read it (登记报名人员：张浦镇招录（2个岗位）)
    execution.setVariable(POSTS_TO_FILL, plan.getPostsToFill());
    execution.setVariable(ORGANISER_LABEL, plan.getOrganiser().label());
    execution.setVariable(ORGANISER_GROUP, RecruitmentService.organiserGroup(plan));
    execution.setVariable(NEEDS_CONSENT, plan.getOrganiser() == Organiser.TOWN);
    execution.setVariable(NOTICE_TITLE, townName + "专职党务工作者招录拟录用人员公示");
  }

  /** Task_CollectQualified: who goes on to the exam and interview. */
  private void collectQualified(DelegateExecution execution) {
    List<Long> qualified = service.closeReview(execution.getProcessInstanceId());
    execution.setVariable(QUALIFIED_IDS, JsonVariables.list(qualified));
    execution.setVariable(ANYONE_QUALIFIED, !qualified.isEmpty());
  }

  /** Task_RankCandidates: recruitment-ranking, and the shortlist to publish. */
  private void rank(DelegateExecution execution) {
    execution.setVariable(SHORTLIST_ENTRIES, JsonVariables.list(service.rank(execution.getProcessInstanceId())));
  }

  /** Task_CheckShortlist: a correction during the notice may have changed who is on the shortlist. */
  @SuppressWarnings("unchecked")
  private void checkShortlist(DelegateExecution execution) {
    String processInstanceId = execution.getProcessInstanceId();
    boolean changed = service.shortlistChangedSince(processInstanceId,
        (List<Map<String, Object>>) execution.getVariable(PUBLISHED_ENTRIES));
    execution.setVariable(SHORTLIST_CHANGED, changed);
    if (changed) {
      execution.setVariable(SHORTLIST_ENTRIES, JsonVariables.list(service.noticeEntries(processInstanceId)));
    }
  }

  /** Task_StartHiring: one contract task per shortlisted candidate, the town's vacant posts to choose from. */
  private void startHiring(DelegateExecution execution) {
    String processInstanceId = execution.getProcessInstanceId();
    execution.setVariable(SHORTLISTED_IDS, JsonVariables.list(service.startHiring(processInstanceId)));
    execution.setVariable(VACANT_POSTS, JsonVariables.list(service.vacantPostOptions(processInstanceId)));
  }
}
