package org.partyaffairs.workforce.security;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.history.HistoricCaseInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.batch.BatchEntity;
import org.camunda.bpm.engine.impl.batch.history.HistoricBatchEntity;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionRequirementsDefinitionEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricExternalTaskLogEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CaseDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.CaseExecution;

/**
 * A {@link CommandChecker} that lets every command pass: the engine consults each checker of its
 * list ({@code ProcessEngineConfigurationImpl.getCommandCheckers()}) and every one must agree, so a
 * checker that only narrows a few checks of the engine's overrides those and inherits these.
 */
abstract class PassingCommandChecker implements CommandChecker {

  @Override
  public void checkEvaluateDecision(DecisionDefinition decisionDefinition) {
  }

  @Override
  public void checkCreateProcessInstance(ProcessDefinition processDefinition) {
  }

  @Override
  public void checkReadProcessDefinition(ProcessDefinition processDefinition) {
  }

  @Override
  public void checkCreateCaseInstance(CaseDefinition caseDefinition) {
  }

  @Override
  public void checkUpdateProcessDefinitionById(String id) {
  }

  @Override
  public void checkUpdateProcessDefinitionSuspensionStateById(String id) {
  }

  @Override
  public void checkUpdateProcessInstanceByProcessDefinitionId(String id) {
  }

  @Override
  public void checkUpdateRetriesProcessInstanceByProcessDefinitionId(String id) {
  }

  @Override
  public void checkUpdateProcessInstanceSuspensionStateByProcessDefinitionId(String id) {
  }

  @Override
  public void checkUpdateDecisionDefinitionById(String id) {
  }

  @Override
  public void checkUpdateProcessDefinitionByKey(String id) {
  }

  @Override
  public void checkUpdateProcessDefinitionSuspensionStateByKey(String id) {
  }

  @Override
  public void checkDeleteProcessDefinitionById(String id) {
  }

  @Override
  public void checkDeleteProcessDefinitionByKey(String id) {
  }

  @Override
  public void checkUpdateProcessInstanceByProcessDefinitionKey(String id) {
  }

  @Override
  public void checkUpdateProcessInstanceSuspensionStateByProcessDefinitionKey(String id) {
  }

  @Override
  public void checkUpdateProcessInstanceById(String id) {
  }

  @Override
  public void checkUpdateProcessInstanceSuspensionStateById(String id) {
  }

  @Override
  public void checkUpdateProcessInstance(ExecutionEntity execution) {
  }

  @Override
  public void checkUpdateProcessInstanceVariables(ExecutionEntity execution) {
  }

  @Override
  public void checkCreateMigrationPlan(ProcessDefinition processDefinition, ProcessDefinition processDefinition2) {
  }

  @Override
  public void checkMigrateProcessInstance(ExecutionEntity execution, ProcessDefinition processDefinition) {
  }

  @Override
  public void checkReadProcessInstance(String id) {
  }

  @Override
  public void checkReadJob(JobEntity job) {
  }

  @Override
  public void checkUpdateJob(JobEntity job) {
  }

  @Override
  public void checkUpdateRetriesJob(JobEntity job) {
  }

  @Override
  public void checkReadProcessInstance(ExecutionEntity execution) {
  }

  @Override
  public void checkReadProcessInstanceVariable(ExecutionEntity execution) {
  }

  @Override
  public void checkDeleteProcessInstance(ExecutionEntity execution) {
  }

  @Override
  public void checkReadTask(TaskEntity task) {
  }

  @Override
  public void checkReadTaskVariable(TaskEntity task) {
  }

  @Override
  public void checkUpdateTaskVariable(TaskEntity task) {
  }

  @Override
  public void checkCreateBatch(Permission permission) {
  }

  @Override
  public void checkDeleteBatch(BatchEntity batch) {
  }

  @Override
  public void checkDeleteHistoricBatch(HistoricBatchEntity historicBatch) {
  }

  @Override
  public void checkSuspendBatch(BatchEntity batch) {
  }

  @Override
  public void checkActivateBatch(BatchEntity batch) {
  }

  @Override
  public void checkReadHistoricBatch() {
  }

  @Override
  public void checkCreateDeployment() {
  }

  @Override
  public void checkReadDeployment(String id) {
  }

  @Override
  public void checkDeleteDeployment(String id) {
  }

  @Override
  public void checkTaskAssign(TaskEntity task) {
  }

  @Override
  public void checkCreateTask(TaskEntity task) {
  }

  @Override
  public void checkCreateTask() {
  }

  @Override
  public void checkTaskWork(TaskEntity task) {
  }

  @Override
  public void checkDeleteTask(TaskEntity task) {
  }

  @Override
  public void checkReadDecisionDefinition(DecisionDefinitionEntity decisionDefinition) {
  }

  @Override
  public void checkReadDecisionRequirementsDefinition(DecisionRequirementsDefinitionEntity decisionRequirementsDefinition) {
  }

  @Override
  public void checkReadCaseDefinition(CaseDefinition caseDefinition) {
  }

  @Override
  public void checkUpdateCaseDefinition(CaseDefinition caseDefinition) {
  }

  @Override
  public void checkDeleteHistoricTaskInstance(HistoricTaskInstanceEntity historicTaskInstance) {
  }

  @Override
  public void checkDeleteHistoricProcessInstance(HistoricProcessInstance historicProcessInstance) {
  }

  @Override
  public void checkDeleteHistoricCaseInstance(HistoricCaseInstance historicCaseInstance) {
  }

  @Override
  public void checkDeleteHistoricDecisionInstance(String id) {
  }

  @Override
  public void checkDeleteHistoricDecisionInstance(HistoricDecisionInstance historicDecisionInstance) {
  }

  @Override
  public void checkReadHistoricJobLog(HistoricJobLogEventEntity historicJobLogEvent) {
  }

  @Override
  public void checkReadHistoryAnyProcessDefinition() {
  }

  @Override
  public void checkReadHistoryProcessDefinition(String id) {
  }

  @Override
  public void checkUpdateCaseInstance(CaseExecution caseExecution) {
  }

  @Override
  public void checkDeleteUserOperationLog(UserOperationLogEntry userOperationLogEntry) {
  }

  @Override
  public void checkUpdateUserOperationLog(UserOperationLogEntry userOperationLogEntry) {
  }

  @Override
  public void checkReadCaseInstance(CaseExecution caseExecution) {
  }

  @Override
  public void checkReadHistoricExternalTaskLog(HistoricExternalTaskLogEntity historicExternalTaskLog) {
  }

  @Override
  public void checkDeleteHistoricVariableInstance(HistoricVariableInstanceEntity historicVariableInstance) {
  }

  @Override
  public void checkDeleteHistoricVariableInstancesByProcessInstance(HistoricProcessInstanceEntity historicProcessInstance) {
  }

  @Override
  public void checkReadDiagnosticsData() {
  }

  @Override
  public void checkReadHistoryLevel() {
  }

  @Override
  public void checkReadTableCount() {
  }

  @Override
  public void checkReadTableName() {
  }

  @Override
  public void checkReadTableMetaData() {
  }

  @Override
  public void checkReadProperties() {
  }

  @Override
  public void checkSetProperty() {
  }

  @Override
  public void checkDeleteProperty() {
  }

  // The license key's checks are Camunda's only (Operaton has no license key): no @Override, so that
  // the Operaton build (docs/operaton.md) compiles this class as it is.
  public void checkDeleteLicenseKey() {
  }

  public void checkSetLicenseKey() {
  }

  public void checkReadLicenseKey() {
  }

  @Override
  public void checkRegisterProcessApplication() {
  }

  @Override
  public void checkUnregisterProcessApplication() {
  }

  @Override
  public void checkReadRegisteredDeployments() {
  }

  @Override
  public void checkReadProcessApplicationForDeployment() {
  }

  @Override
  public void checkRegisterDeployment() {
  }

  @Override
  public void checkUnregisterDeployment() {
  }

  @Override
  public void checkDeleteMetrics() {
  }

  @Override
  public void checkDeleteTaskMetrics() {
  }

  @Override
  public void checkReadSchemaLog() {
  }
}
