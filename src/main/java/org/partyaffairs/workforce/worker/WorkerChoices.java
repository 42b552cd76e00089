package org.partyaffairs.workforce.worker;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partyaffairs.workforce.organisation.OrganisationUnit;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.security.StartFormChoices;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code workerOptions}: the workers in service (on probation or 在岗) that the user may act on, as a
 * start form's searchable select offers them — 登记旷工, 告诫, 解聘 name the worker by name and town,
 * and submit the worker's id. {@link VisibleWorkers} decides whose: the user's own towns only.
 */
@Component
@Transactional(readOnly = true)
class WorkerChoices implements StartFormChoices {

  private static final Set<WorkerStatus> IN_SERVICE = EnumSet.of(WorkerStatus.PROBATION, WorkerStatus.ACTIVE);

  private final VisibleWorkers workers;
  private final OrganisationUnitRepository units;

  WorkerChoices(VisibleWorkers workers, OrganisationUnitRepository units) {
    this.workers = workers;
    this.units = units;
  }

  @Override
  public String valuesKey() {
    return "workerOptions";
  }

  @Override
  public List<Option> options() {
    Map<String, String> towns = units.towns().stream()
        .collect(Collectors.toMap(OrganisationUnit::getCode, OrganisationUnit::getName));
    return workers.all(Pageable.unpaged()).stream().filter(worker -> IN_SERVICE.contains(worker.getStatus()))
        .map(worker -> new Option(worker.getName() + "（" + towns.getOrDefault(worker.getTownCode(), worker.getTownCode())
            + "，" + worker.getStatus().label() + "，编号 " + worker.getId() + "）", worker.getId().toString()))
        .toList();
  }
}
