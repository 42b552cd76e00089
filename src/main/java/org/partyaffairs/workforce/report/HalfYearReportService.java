package org.partyaffairs.workforce.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.IllegalTransitionException;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The half-yearly report (001 第十五条: 区县委组织部每半年书面向市委组织部报告一次党建专干履职情况):
 * started for a half year that has begun, once per town; its figures compiled at the start and kept;
 * written by the department, reviewed by the committee, received by the city office.
 */
@Service
@Transactional
public class HalfYearReportService {

  private static final Logger log = LoggerFactory.getLogger(HalfYearReportService.class);

  private final HalfYearReportRepository reports;
  private final TownFigures townFigures;
  private final OrganisationUnitRepository units;
  private final ObjectMapper json;
  private final Clock clock;
  private final WorkforceProperties properties;

  HalfYearReportService(HalfYearReportRepository reports, TownFigures townFigures, OrganisationUnitRepository units,
      ObjectMapper json, Clock clock, WorkforceProperties properties) {
    this.reports = reports;
    this.townFigures = townFigures;
    this.units = units;
    this.json = json;
    this.clock = clock;
    this.properties = properties;
  }

  /**
   * Task_CompileFigures: a half year not yet begun is refused (400); a second report of the town for
   * the same half year is refused naming the first (409). The figures are compiled here, once.
   */
  HalfYearReport start(Actor actor, Object halfYear, String town, String processInstanceId) {
    HalfYear half = HalfYear.parse(halfYear);
    LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
    if (half.firstDay().isAfter(today)) {
      throw new InvalidRequestException(half.label() + "尚未开始，不能报告；可报告已结束的半年或本半年（"
          + HalfYear.of(today).label() + "）");
    }
    if (!actor.isSystem() && !actor.isMemberOf(Groups.townOrg(town))) {
      throw new InvalidRequestException("半年报告由本区镇组织部门发起（001 第十五条）");
    }
    reports.findByTownCodeAndHalfYear(town, half.code()).ifPresent(first -> {
      throw duplicate(first);
    });
    HalfYearFigures figures = townFigures.compile(town, half, clock.instant());
    try {
      HalfYearReport report = reports.saveAndFlush(new HalfYearReport(town, half, actor.userId(), clock.instant(),
          processInstanceId, write(figures)));
      log.info("Half-year report {} of {} for {} started by {}", report.getId(), town, half, actor.userId());
      return report;
    } catch (DataIntegrityViolationException raced) {
      throw new IllegalTransitionException(townName(town) + half.label() + "的半年报告刚刚已由他人发起（业务键 "
          + HalfYearReport.businessKey(town, half.code()) + "），不能重复发起");
    }
  }

  private IllegalTransitionException duplicate(HalfYearReport first) {
    return new IllegalTransitionException(townName(first.getTownCode()) + first.getHalfYear().label()
        + "的半年报告已经发起（报告 " + first.getId() + "，业务键 " + first.businessKey() + "，"
        + first.getStatus().label() + "，" + first.getStartedBy() + " 发起），不能重复发起");
  }

  /** Task_WriteAssessment: the department's written assessment of its workers' performance. */
  HalfYearReport write(String processInstanceId, Actor actor, String assessment) {
    HalfYearReport report = byProcess(processInstanceId);
    if (!actor.isSystem() && !actor.isMemberOf(Groups.townOrg(report.getTownCode()))) {
      throw new InvalidRequestException("履职情况评价由本区镇组织部门撰写");
    }
    report.write(assessment, actor.userId(), clock.instant());
    return report;
  }

  /** Task_ReviewReport: answers whether the committee submits it (a return needs a reason). */
  boolean review(String processInstanceId, Actor actor, ReviewDecision decision, String reason) {
    HalfYearReport report = byProcess(processInstanceId);
    if (!actor.isSystem() && !actor.isMemberOf(Groups.townCommittee(report.getTownCode()))) {
      throw new InvalidRequestException("半年报告由本区镇党（工）委审核报送");
    }
    report.review(decision, reason, actor.userId(), clock.instant());
    log.info("Half-year report {} {} by {}", report.getId(), decision, actor.userId());
    return decision == ReviewDecision.APPROVE;
  }

  /** Task_SubmitReport (asynchronous, retried): safe to run twice. */
  void submit(String processInstanceId) {
    byProcess(processInstanceId).submitted(clock.instant());
  }

  /** Task_ReceiveReport: the city office acknowledges what it read. */
  void receive(String processInstanceId, Actor actor, String note) {
    if (!actor.isSystem() && !actor.isMemberOf(Groups.CITY_OFFICE)) {
      throw new InvalidRequestException("半年报告由市委\"两新\"工委办公室接收");
    }
    byProcess(processInstanceId).receive(actor.userId(), note, clock.instant());
  }

  @Transactional(readOnly = true)
  HalfYearFigures figuresOf(HalfYearReport report) {
    try {
      return json.readValue(report.getFigures(), HalfYearFigures.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable figures of half-year report " + report.getId(), e);
    }
  }

  HalfYearReport byProcess(String processInstanceId) {
    return reports.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotFoundException("流程 " + processInstanceId + " 没有半年报告"));
  }

  String townName(String town) {
    return units.findById(town).map(unit -> unit.getName()).orElse(town);
  }

  private String write(HalfYearFigures figures) {
    try {
      return json.writeValueAsString(figures);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Figures not writable as JSON", e);
    }
  }
}
