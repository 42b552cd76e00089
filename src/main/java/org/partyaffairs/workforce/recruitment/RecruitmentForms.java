package org.partyaffairs.workforce.recruitment;

import static org.partyaffairs.workforce.recruitment.RecruitmentProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.JsonVariables;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * The user tasks' completions of RecruitmentProcess ({@code end} listener
 * {@code ${recruitmentForms}}), told apart by the task's id: each re-validates what the form
 * submitted and records it through {@link RecruitmentService} in the completing transaction, so a
 * refusal is an HTTP 400 and changes nothing.
 */
@Component("recruitmentForms")
class RecruitmentForms extends TaskCompletion {

  private final RecruitmentService service;
  private final CurrentActor actor;
  private final WorkforceProperties properties;

  RecruitmentForms(RecruitmentService service, CurrentActor actor, WorkforceProperties properties) {
    this.service = service;
    this.actor = actor;
    this.properties = properties;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_CONSENT_TO_PLAN -> consent(execution);
      case TASK_REGISTER_CANDIDATES -> registerCandidates(execution);
      case TASK_REVIEW_QUALIFICATION -> reviewQualification(execution);
      case TASK_ENTER_SCORES -> enterScores(execution);
      case TASK_SIGN_CONTRACT -> signContract(execution);
      default -> throw new IllegalStateException("No recruitment form " + execution.getCurrentActivityId());
    }
  }

  /** Task_ConsentToPlan (000 第五条: 经市委"两新"工委同意). */
  private void consent(DelegateExecution execution) {
    boolean agreed = FormValues.requiredChoice("审核意见", execution.getVariable(CONSENT), ConsentDecision.class)
        == ConsentDecision.AGREE;
    service.consent(execution.getProcessInstanceId(), actor.get(), agreed,
        FormValues.optionalText("理由", execution.getVariable(CONSENT_REASON), 1000));
    execution.setVariable(CONSENTED, agreed);
  }

  /** Task_RegisterCandidates: the list typed in (if any), then registration closes. */
  private void registerCandidates(DelegateExecution execution) {
    String list = FormValues.optionalText("报名人员名单", execution.getVariable(CANDIDATE_LIST), 20000);
    if (list != null) {
      service.registerAll(service.planOf(execution.getProcessInstanceId()).getId(), actor.get(), list);
    }
    execution.setVariable(CANDIDATE_IDS,
        JsonVariables.list(service.closeRegistration(execution.getProcessInstanceId(), actor.get())));
  }

  /** Task_ReviewQualification, one per candidate. */
  private void reviewQualification(DelegateExecution execution) {
    boolean passed = FormValues.requiredChoice("资格审查结论", execution.getVariable(QUALIFICATION),
        QualificationFinding.class) == QualificationFinding.PASS;
    service.reviewQualification(candidateId(execution), execution.getProcessInstanceId(), actor.get(), passed,
        passed ? null : FormValues.requiredText("未通过的理由", execution.getVariable(QUALIFICATION_REASON), 1000));
  }

  /** Task_EnterScores, one per qualified candidate. */
  private void enterScores(DelegateExecution execution) {
    service.score(candidateId(execution), execution.getProcessInstanceId(), actor.get(),
        FormValues.requiredNumber("笔试成绩", execution.getVariable(EXAM_SCORE)),
        FormValues.requiredNumber("面试成绩", execution.getVariable(INTERVIEW_SCORE)));
  }

  /** Task_SignContract, one per shortlisted candidate (000 第六条). */
  private void signContract(DelegateExecution execution) {
    HireDecision decision = FormValues.requiredChoice("是否聘用", execution.getVariable(HIRE), HireDecision.class);
    boolean hire = decision == HireDecision.HIRE;
    service.hire(candidateId(execution), execution.getProcessInstanceId(), actor.get(), decision,
        hire ? FormValues.optionalId("岗位", execution.getVariable(POST_ID)) : null,
        hire ? FormValues.requiredText("合同编号", execution.getVariable(CONTRACT_NUMBER), 64) : null,
        hire ? FormValues.requiredDate("签订日期", execution.getVariable(CONTRACT_SIGNED_ON), properties.zone()) : null);
  }

  private static Long candidateId(DelegateExecution execution) {
    return FormValues.optionalId("报名人员编号", execution.getVariable(CANDIDATE_ID));
  }
}
