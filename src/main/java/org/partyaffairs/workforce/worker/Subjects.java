package org.partyaffairs.workforce.worker;

import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.springframework.stereotype.Component;

/**
 * The worker a process is about and their town, by name, as its task forms show them read-only
 * (the {@code workerName} and {@code townName} variables of the process).
 */
@Component
public class Subjects {

  private final WorkerRepository workers;
  private final OrganisationUnitRepository units;

  Subjects(WorkerRepository workers, OrganisationUnitRepository units) {
    this.workers = workers;
    this.units = units;
  }

  public String workerName(Long workerId) {
    return workers.getReferenceById(workerId).getName();
  }

  public String townName(String townCode) {
    return units.getReferenceById(townCode).getName();
  }
}
