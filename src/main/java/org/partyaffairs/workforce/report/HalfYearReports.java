package org.partyaffairs.workforce.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.organisation.OrganisationUnit;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who reads which reports: a town's organisation department and committee their own town's, the city
 * groups and the administrator every town's, workers none. A report the caller may not read is
 * answered as not existing (404), like another town's worker.
 */
@Component
@Transactional(readOnly = true)
class HalfYearReports {

  private final HalfYearReportRepository reports;
  private final HalfYearReportService service;
  private final OrganisationUnitRepository units;
  private final WorkforceProperties properties;

  HalfYearReports(HalfYearReportRepository reports, HalfYearReportService service, OrganisationUnitRepository units,
      WorkforceProperties properties) {
    this.reports = reports;
    this.service = service;
    this.units = units;
    this.properties = properties;
  }

  ReportView one(Actor actor, long id) {
    return reports.findById(id).filter(report -> reads(actor, report.getTownCode()))
        .map(this::view)
        .orElseThrow(() -> new NotFoundException("半年报告 " + id + " 不存在"));
  }

  /** Every town the caller reads, in the order of the towns, for the half year. */
  SideBySideView sideBySide(Actor actor, HalfYear half) {
    List<OrganisationUnit> towns = units.towns().stream().filter(town -> reads(actor, town.getCode())).toList();
    Map<String, HalfYearReport> byTown = reports.findByHalfYearAndTownCodeInOrderByTownCode(half.code(),
        towns.stream().map(OrganisationUnit::getCode).toList()).stream()
        .collect(Collectors.toMap(HalfYearReport::getTownCode, Function.identity()));
    List<SideBySideView.TownColumn> columns = new ArrayList<>();
    for (OrganisationUnit town : towns) {
      HalfYearReport report = byTown.get(town.getCode());
      columns.add(report == null
          ? new SideBySideView.TownColumn(town.getCode(), town.getName(), null, null, "NOT_STARTED", "未发起", null, null)
          : new SideBySideView.TownColumn(town.getCode(), town.getName(), report.getId(), report.businessKey(),
              report.getStatus().name(), report.getStatus().label(), report.getAssessment(), service.figuresOf(report)));
    }
    return new SideBySideView(half.code(), half.label(), columns);
  }

  /** Whether the caller reads any report at all: workers do not. */
  static boolean readsReports(Actor actor) {
    return actor.isSystem() || city(actor) || actor.groups().stream().anyMatch(Groups::isTownGroup);
  }

  private static boolean reads(Actor actor, String town) {
    return actor.isSystem() || city(actor) || actor.isMemberOf(Groups.townOrg(town))
        || actor.isMemberOf(Groups.townCommittee(town));
  }

  private static boolean city(Actor actor) {
    return actor.isMemberOf(Groups.CITY_OFFICE) || actor.isMemberOf(Groups.CITY_COMMITTEE)
        || actor.isMemberOf(Groups.ADMINS);
  }

  private ReportView view(HalfYearReport report) {
    return ReportView.of(report, service.figuresOf(report), properties.zone());
  }
}
