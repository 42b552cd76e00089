package org.partyaffairs.workforce.quarterly;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.shared.Quarter;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quarterly reports under 001 第十八条(三) (定期汇报制度: 每个季度以书面清单形式向组织部门汇报工作情况，
 * 作为年度考核的重要参考依据): opened for a worker in service at the start of a quarter, due by the
 * configured working day of the quarter, submitted by the worker (or their town's organisation
 * department for them), scored by the department 0–100 with a comment; a report not submitted by its
 * due day is marked missed and the department scores the quarter with a reason. Every step is on the
 * worker's trail, in the transaction of the engine's step.
 */
@Service
@Transactional
public class QuarterlyReportService {

  private static final Logger log = LoggerFactory.getLogger(QuarterlyReportService.class);
  private static final int TEXT = 2000;
  private static final int COMMENT = 1000;

  private final QuarterlyReportRepository reports;
  private final WorkerRepository workers;
  private final WorkingDays workingDays;
  private final Trail trail;
  private final Clock clock;
  private final int dueWorkingDay;

  QuarterlyReportService(QuarterlyReportRepository reports, WorkerRepository workers, WorkingDays workingDays,
      Trail trail, Clock clock, @Value("${workforce.quarterly.due-working-day:10}") int dueWorkingDay) {
    if (dueWorkingDay < 1 || dueWorkingDay > 60) {
      throw new IllegalStateException("workforce.quarterly.due-working-day must be 1 to 60, is " + dueWorkingDay);
    }
    this.reports = reports;
    this.workers = workers;
    this.workingDays = workingDays;
    this.trail = trail;
    this.clock = clock;
    this.dueWorkingDay = dueWorkingDay;
  }

  /**
   * Task_OpenQuarterlyReport: the worker's report of the quarter, due by the configured working day
   * of the quarter. A second report of the same worker and quarter is refused (and the unique key
   * refuses it between two nodes), so the start that tried it leaves nothing behind.
   */
  public QuarterlyReport open(String processInstanceId, Long workerId, Quarter quarter, String town) {
    Worker worker = workers.findById(workerId).orElseThrow(() -> new NotFoundException("工作者 " + workerId + " 不存在"));
    if (!worker.getTownCode().equals(town)) {
      throw new InvalidRequestException("工作者 " + worker.getName() + " 不属于本流程所在区镇 " + town);
    }
    if (!worker.inService()) {
      throw new InvalidRequestException(
          "工作者 " + worker.getName() + " 当前状态为「" + worker.getStatus().label() + "」，不需要提交季度工作汇报");
    }
    reports.find(workerId, quarter.year(), quarter.number()).ifPresent(existing -> {
      throw new InvalidRequestException(worker.getName() + " 的" + quarter.label() + "工作汇报已经发起（"
          + existing.businessKey() + "），不能重复发起");
    });
    LocalDate dueOn = dueOn(quarter);
    QuarterlyReport report = reports.saveAndFlush(new QuarterlyReport(worker, quarter, dueOn, processInstanceId,
        clock.instant()));
    trail.record(worker, "QUARTERLY_REPORT_OPENED", quarter.label() + "工作汇报：请于 " + dueOn
        + " 前以书面清单形式汇报重点工作完成情况、问题不足、努力方向和需及时报告的事项", "system", processInstanceId,
        Article.LANZHOU_18_3);
    log.info("Quarterly report {} of worker {} opened, due {}", report.businessKey(), workerId, dueOn);
    return report;
  }

  /**
   * The day a report of the quarter is due: the configured working day of the quarter
   * ({@code workforce.quarterly.due-working-day}, 10 by default), counted on rules/calendar from the
   * quarter's first working day. A report opened after that day (a quarter started late by hand) is
   * due that many working days after today instead, so that it is not overdue the moment it opens.
   */
  public LocalDate dueOn(Quarter quarter) {
    LocalDate due = dueDayOf(quarter);
    LocalDate today = workingDays.today();
    return due.isBefore(today) ? workingDays.plus(today, dueWorkingDay) : due;
  }

  /** The configured working day of the quarter, whatever today is. */
  public LocalDate dueDayOf(Quarter quarter) {
    return workingDays.plus(workingDays.onOrAfter(quarter.firstDay()), dueWorkingDay - 1);
  }

  /** 提交季度工作汇报: by the worker, or by the town organisation department for them. */
  public QuarterlyReport submit(String processInstanceId, Actor actor, String keyWork, String problems,
      String nextSteps, String urgentMatters) {
    QuarterlyReport report = of(processInstanceId);
    Worker worker = report.getWorker();
    boolean self = actor.userId().equals(worker.getUserId());
    if (!self && !actor.isSystem() && !actor.isMemberOf(Groups.townOrg(report.getTownCode()))) {
      throw new InvalidRequestException("季度工作汇报须由本人或所在区镇组织部门代为提交");
    }
    report.submit(actor.userId(), clock.instant(), text("重点工作完成情况", keyWork), text("存在的问题和不足", problems),
        text("下一步努力方向", nextSteps), text("需要及时报告的难点问题和重大事项", urgentMatters));
    trail.record(worker, "QUARTERLY_REPORT_SUBMITTED", (self ? "" : "由区镇组织部门代为") + "提交" + report.quarter().label()
        + "工作汇报", actor.userId(), processInstanceId, Article.LANZHOU_18_3);
    return report;
  }

  /** 评定季度考核: the town organisation department's score (0–100) and comment. */
  public QuarterlyReport review(String processInstanceId, Actor actor, BigDecimal score, String comment) {
    QuarterlyReport report = scorable(processInstanceId, actor);
    report.score(actor.userId(), clock.instant(), score, FormValues.optionalText("评语", comment, COMMENT));
    trail.record(report.getWorker(), "QUARTERLY_REPORT_SCORED", report.quarter().label() + "考核成绩 "
        + report.getScore().toPlainString() + " 分，评语：" + report.getComment(), actor.userId(), processInstanceId,
        Article.LANZHOU_18_3);
    return report;
  }

  /**
   * Event_ReportOverdue → Task_RecordMissingReport: the report was not submitted by its due day; the
   * department will score the quarter with a reason. Safe to run again: a report no longer open is left.
   */
  public QuarterlyReport recordMissing(String processInstanceId) {
    QuarterlyReport report = of(processInstanceId);
    if (report.getStatus() != QuarterlyReportStatus.OPEN) {
      return report;
    }
    report.miss(clock.instant());
    trail.record(report.getWorker(), "QUARTERLY_REPORT_MISSED", "逾期未提交" + report.quarter().label() + "工作汇报（应于 "
        + report.getDueOn() + " 前提交），转区镇组织部门补记季度考核", "system", processInstanceId, Article.LANZHOU_18_3);
    log.info("Quarterly report {} missed its due day {}", report.businessKey(), report.getDueOn());
    return report;
  }

  /** 补记季度考核: the department scores a quarter without a report, with the reason. */
  public QuarterlyReport scoreMissing(String processInstanceId, Actor actor, BigDecimal score, String reason) {
    QuarterlyReport report = scorable(processInstanceId, actor);
    if (report.getStatus() != QuarterlyReportStatus.MISSED) {
      throw new InvalidRequestException("季度工作汇报 " + report.businessKey() + " 不是逾期未提交，不能补记");
    }
    report.score(actor.userId(), clock.instant(), score, FormValues.optionalText("补记理由", reason, COMMENT));
    trail.record(report.getWorker(), "QUARTERLY_REPORT_SCORED_WITHOUT_REPORT", "补记" + report.quarter().label()
        + "考核成绩 " + report.getScore().toPlainString() + " 分（逾期未提交工作汇报），理由：" + report.getComment(),
        actor.userId(), processInstanceId, Article.LANZHOU_18_3);
    return report;
  }

  @Transactional(readOnly = true)
  public QuarterlyReport of(String processInstanceId) {
    return reports.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotFoundException("流程 " + processInstanceId + " 没有季度工作汇报记录"));
  }

  /** The worker's reports, the latest quarter first. */
  @Transactional(readOnly = true)
  public List<QuarterlyReport> of(Worker worker) {
    return reports.ofWorker(worker.getId());
  }

  /** The worker's scored quarters of the year, by quarter. */
  @Transactional(readOnly = true)
  public Map<Integer, BigDecimal> scoresOf(Long workerId, int year) {
    Map<Integer, BigDecimal> scores = new TreeMap<>();
    for (QuarterlyReport report : reports.ofWorkerInYear(workerId, year)) {
      if (report.getStatus() == QuarterlyReportStatus.SCORED) {
        scores.put(report.quarter().number(), report.getScore());
      }
    }
    return scores;
  }

  private QuarterlyReport scorable(String processInstanceId, Actor actor) {
    QuarterlyReport report = of(processInstanceId);
    if (!actor.isSystem() && !actor.isMemberOf(Groups.townOrg(report.getTownCode()))) {
      throw new InvalidRequestException("季度考核由工作者所在区镇组织部门评定");
    }
    return report;
  }

  private static String text(String label, String value) {
    return FormValues.requiredText("「" + label + "」", value, TEXT);
  }
}
