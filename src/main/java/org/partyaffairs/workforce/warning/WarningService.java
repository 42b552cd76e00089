package org.partyaffairs.workforce.warning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.AsSystem;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warnings under 000 第十三条: the town organisation dept determines a warning target on ground 1
 * or 2 and says why, or the application does so on ground 3 when the absences cross the line; the
 * talk is held and recorded; three months later the period is evaluated. A failed period costs the
 * year's assessment, which is a ground for dismissal (第十四条 4).
 */
@Service
@Transactional
public class WarningService {

  static final String SYSTEM = "system";

  private static final Logger log = LoggerFactory.getLogger(WarningService.class);

  private final WarningRepository warnings;
  private final WorkerRepository workers;
  private final ApplicationEventPublisher events;
  private final RuntimeService runtime;
  private final AsSystem asSystem;
  private final Trail trail;
  private final Clock clock;
  private final WorkforceProperties properties;

  WarningService(WarningRepository warnings, WorkerRepository workers,
      ApplicationEventPublisher events, RuntimeService runtime, AsSystem asSystem, Trail trail, Clock clock,
      WorkforceProperties properties) {
    this.warnings = warnings;
    this.workers = workers;
    this.events = events;
    this.runtime = runtime;
    this.asSystem = asSystem;
    this.trail = trail;
    this.clock = clock;
    this.properties = properties;
  }

  /** Starts a WarningTalkProcess as the application, on ground 3 (the absences crossed the line). */
  public String startForAbsences(Long workerId, String reason) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(WarningProcessVariables.WORKER_ID, workerId);
    variables.put(WarningProcessVariables.GROUND, WarningGround.ABSENCE.name());
    variables.put(WarningProcessVariables.REASON, reason);
    String[] started = new String[1];
    asSystem.run(() -> started[0] = runtime.startProcessInstanceByKey(WarningProcessVariables.PROCESS_KEY, variables)
        .getId());
    return started[0];
  }

  /** Registers the warning target: the worker is under warning from now on. */
  public Warning register(Actor starter, Long workerId, WarningGround ground, String reason, String processInstanceId,
      String town) {
    if (workerId == null) {
      throw new InvalidRequestException("请填写工作者编号");
    }
    Worker worker = workers.lockById(workerId).orElseThrow(() -> new NotFoundException("工作者 " + workerId + " 不存在"));
    if (!worker.getTownCode().equals(town)) {
      throw new InvalidRequestException("工作者 " + worker.getName() + " 不属于本流程所在区镇 " + town);
    }
    if (!starter.isSystem() && !starter.isMemberOf(Groups.townOrg(town))) {
      throw new InvalidRequestException("告诫由工作者所在区镇组织部门确定");
    }
    if (ground == WarningGround.ABSENCE && !starter.isSystem()) {
      throw new InvalidRequestException("旷工告诫（第十三条 3）由系统根据旷工记录自动发起，请登记旷工");
    }
    worker.putUnderWarning();
    Warning warning = warnings.save(new Warning(worker.getId(), ground, reason, processInstanceId, starter.userId(),
        clock.instant()));
    trail.record(worker, "WARNING_DETERMINED", "确定为告诫对象（第十三条 " + ground.number() + "：" + ground.label() + "）：" + reason,
        starter.userId(), processInstanceId, Article.KUNSHAN_13);
    log.info("Warning {} of worker {} on {} by {}", warning.getId(), worker.getId(), ground, starter.userId());
    return warning;
  }

  /**
   * The warning talk held by the town organisation dept; the three months run from its day. A talk
   * cannot be dated in the future, nor before the worker was determined a warning target.
   *
   * @return the warning, its period set
   */
  public Warning recordTalk(String processInstanceId, Actor org, LocalDate on, String participants, String content) {
    Warning warning = of(processInstanceId);
    LocalDate today = LocalDate.now(clock);
    LocalDate determined = warning.getStartedAt().atZone(properties.zone()).toLocalDate();
    if (on.isAfter(today)) {
      throw new InvalidRequestException("谈话日期 " + on + " 晚于今天 " + today + "：请在谈话后登记");
    }
    if (on.isBefore(determined)) {
      throw new InvalidRequestException("谈话日期 " + on + " 早于确定告诫对象之日 " + determined);
    }
    Instant endsAt = Warning.PERIOD.endsAt(on, properties.zone());
    warning.recordTalk(on, participants, content, org.userId(), endsAt);
    trail.record(workers.getReferenceById(warning.getWorkerId()), "WARNING_TALK",
        on + " 告诫谈话，参加人员：" + participants + "；谈话内容：" + content + "；告诫期至 " + Warning.PERIOD.lastDay(on) + " 止",
        org.userId(), processInstanceId, Article.KUNSHAN_13);
    return warning;
  }

  /**
   * The evaluation when the period is over; returns whether it passed. Passed: the warning ends and
   * the worker may take the annual assessment.
   */
  public boolean evaluate(String processInstanceId, Actor org, WarningOutcome outcome, String evaluation) {
    Warning warning = of(processInstanceId);
    warning.evaluate(outcome, evaluation, org.userId(), clock.instant());
    Worker worker = workers.getReferenceById(warning.getWorkerId());
    boolean passed = outcome == WarningOutcome.PASSED;
    if (passed) {
      worker.liftWarning();
    }
    trail.record(worker, passed ? "WARNING_PASSED" : "WARNING_FAILED",
        (passed ? "告诫期满考核合格，解除告诫，可参加年度考核：" : "告诫期满考核不合格：") + evaluation, org.userId(),
        processInstanceId, Article.KUNSHAN_13);
    return passed;
  }

  /**
   * After a failed period: the worker loses the year's assessment (000 第十三条), a ground for
   * dismissal (第十四条 4), and a dismissal starts. Safe to run again (a retried job).
   */
  public void revokeEligibility(String processInstanceId) {
    Warning warning = of(processInstanceId);
    if (warning.getStatus() != WarningStatus.FAILED) {
      throw new InvalidRequestException("告诫 " + warning.getId() + " 未被评定为不合格");
    }
    Worker worker = workers.lockById(warning.getWorkerId()).orElseThrow();
    int year = warning.getEvaluatedAt().atZone(properties.zone()).getYear();
    if (worker.isAssessmentEligible()) {
      worker.revokeAssessmentEligibility();
      trail.record(worker, "ASSESSMENT_ELIGIBILITY_REVOKED", "告诫期满不合格，取消 " + year + " 年度考核资格",
          SYSTEM, processInstanceId, Article.KUNSHAN_13);
    }
    events.publishEvent(new WarningFailed(worker.getId(), warning.businessKey(), warning.getEvaluation(), year,
        processInstanceId));
  }

  /** The worker left service during the warning: it ends with nothing left to evaluate. */
  public void endByDeparture(String processInstanceId, String workerLeftAs) {
    Warning warning = of(processInstanceId);
    warning.endByDeparture();
    Worker worker = workers.getReferenceById(warning.getWorkerId());
    if (worker.isUnderWarning()) {
      worker.liftWarning();
    }
    trail.record(worker, "WARNING_ENDED", "工作者" + workerLeftAs + "，告诫终止", SYSTEM, processInstanceId,
        Article.KUNSHAN_13);
  }

  @Transactional(readOnly = true)
  public Warning of(String processInstanceId) {
    return warnings.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotFoundException("流程 " + processInstanceId + " 没有告诫记录"));
  }
}
