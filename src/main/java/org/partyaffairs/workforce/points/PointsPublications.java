package org.partyaffairs.workforce.points;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.organisation.OrganisationUnit;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.AsSystem;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.shared.Quarter;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a town's publication of a quarter's standings (004 附件1 二、考核流程: 定期公布，每季度至少进行一次公布):
 * one PointsPublicationProcess per town and quarter (business key {@code PTS-<town>-<quarter>}), once the
 * quarter has ended. A second start for the same town and quarter is refused.
 */
@Component
public class PointsPublications {

  /** What a start did, for the API and the log. */
  public record Started(String town, String townName, String quarter, String quarterLabel, String processInstanceId,
      String message) {
  }

  private final OrganisationUnitRepository units;
  private final WorkingDays workingDays;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final AsSystem asSystem;

  PointsPublications(OrganisationUnitRepository units, WorkingDays workingDays, @Lazy RuntimeService runtime,
      @Lazy HistoryService history, AsSystem asSystem) {
    this.units = units;
    this.workingDays = workingDays;
    this.runtime = runtime;
    this.history = history;
    this.asSystem = asSystem;
  }

  /** By hand: the city office, or the town's own organisation department. */
  @Transactional
  public Started start(Actor actor, String townCode, String quarterCode) {
    if (townCode == null || townCode.isBlank()) {
      throw new InvalidRequestException("请指定区镇");
    }
    if (!actor.isSystem() && !actor.isMemberOf(Groups.CITY_OFFICE) && !actor.isMemberOf(Groups.townOrg(townCode))) {
      throw new NotFoundException("区镇 " + townCode + " 不存在");
    }
    return start(townCode, Quarter.parse(quarterCode));
  }

  @Transactional
  Started start(String townCode, Quarter quarter) {
    OrganisationUnit town = units.findById(townCode).filter(OrganisationUnit::isTown)
        .orElseThrow(() -> new NotFoundException("区镇 " + townCode + " 不存在"));
    LocalDate today = workingDays.today();
    if (!today.isAfter(quarter.lastDay())) {
      throw new InvalidRequestException(quarter.label() + "尚未结束（今天是 " + today + "），季度结束后才能公布积分");
    }
    String key = PointsPublicationProcessVariables.businessKey(town.getCode(), quarter);
    if (published(key)) {
      throw new InvalidRequestException(town.getName() + quarter.label() + "的积分情况已经公布");
    }
    ProcessInstance started = asSystem.get(() -> runtime.startProcessInstanceByKey(
        PointsPublicationProcessVariables.PROCESS_KEY, key,
        Map.of(PointsPublicationProcessVariables.TOWN, town.getCode(),
            PointsPublicationProcessVariables.QUARTER, quarter.code())));
    return new Started(town.getCode(), town.getName(), quarter.code(), quarter.label(), started.getId(),
        town.getName() + quarter.label() + "积分情况公布已发起，公示7天，期间可提出异议");
  }

  boolean published(String businessKey) {
    return asSystem.get(() -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PointsPublicationProcessVariables.PROCESS_KEY).processInstanceBusinessKey(businessKey)
        .count() > 0);
  }
}
