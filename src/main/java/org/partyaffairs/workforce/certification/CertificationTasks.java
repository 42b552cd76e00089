package org.partyaffairs.workforce.certification;

import static org.partyaffairs.workforce.certification.CertificationProcessVariables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.process.JsonVariables;
import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code CertificationProcess} ({@code ${certificationTasks}}), one method per
 * task, told apart by the activity ids of {@link CertificationProcessVariables}; also the end
 * listener of the deadline timer.
 */
@Component("certificationTasks")
class CertificationTasks implements JavaDelegate, ExecutionListener {

  private final CertificationService service;
  private final OrganisationUnitRepository units;

  CertificationTasks(CertificationService service, OrganisationUnitRepository units) {
    this.service = service;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_REGISTER_INVITATION -> registerInvitation(execution);
      case TASK_CHECK_ELIGIBILITY -> checkEligibility(execution);
      case TASK_ISSUE_CERTIFICATE -> issueCertificate(execution);
      default -> throw new IllegalStateException("No certification step " + execution.getCurrentActivityId());
    }
  }

  @Override
  public void notify(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case END_EVENT_DEADLINE_PASSED -> service.deadlinePassed(execution.getProcessInstanceId());
      default -> throw new IllegalStateException("No certification listener on " + execution.getCurrentActivityId());
    }
  }

  /** Task_RegisterInvitation, synchronous with the start: the application and the facts the forms show. */
  private void registerInvitation(DelegateExecution execution) {
    CertificationApplication application = service.invite(execution.getProcessInstanceId(),
        ((Number) execution.getVariable(WORKER_ID)).longValue(), ((Number) execution.getVariable(ROUND_ID)).longValue());
    execution.setProcessBusinessKey(application.businessKey());
    Map<String, Object> variables = new HashMap<>();
    variables.put(WORKER_NAME, application.getWorker().getName());
    variables.put(TOWN_NAME, units.getReferenceById(application.getTownCode()).getName());
    variables.put(ROUND_LABEL, application.getRound().label());
    variables.put(CURRENT_LEVEL_LABEL, application.getCurrentLevel() == null ? "无（首次申报）"
        : application.getCurrentLevel().label());
    variables.put(NEXT_LEVEL_LABEL, application.nextLevel().label());
    execution.setVariables(variables);
  }

  /** Task_CheckEligibility (asynchronous, retried): certification-eligibility and what the review form shows. */
  private void checkEligibility(DelegateExecution execution) {
    CertificationApplication application = service.checkEligibility(execution.getProcessInstanceId());
    Map<String, Object> variables = new HashMap<>();
    variables.put(TRAINING_TEST, service.trainingText(application));
    variables.put(YEARS_IN_SERVICE, service.yearsInService(application));
    variables.put(RECENT_GRADES, service.gradesText(application.getWorker().getId()));
    variables.put(ELIGIBILITY, CertificationService.eligibilityText(application));
    execution.setVariables(variables);
  }

  /** Task_IssueCertificate (asynchronous, retried, idempotent). */
  private void issueCertificate(DelegateExecution execution) {
    var certificate = service.issue(execution.getProcessInstanceId());
    execution.setVariable(CERTIFIED, certificate.isPresent());
    certificate.ifPresent(issued -> execution.setVariable(CERTIFICATE_NUMBER, issued.getNumber()));
  }

  /** The notice's title and entries, set when 综合评定 recommends. */
  void prepareNotice(DelegateExecution execution) {
    execution.setVariable(NOTICE_TITLE, service.noticeTitle(execution.getProcessInstanceId()));
    execution.setVariable(NOTICE_ENTRIES, JsonVariables.list(service.noticeEntries(execution.getProcessInstanceId())));
  }
}
