package org.partyaffairs.workforce.worker;

import java.util.Map;
import java.util.Optional;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.security.TownOfSubject;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** A process about a worker ({@value #WORKER_ID}) belongs to the worker's town. */
@Component
class WorkerTown implements TownOfSubject {

  static final String WORKER_ID = "workerId";

  private final WorkerRepository workers;

  WorkerTown(WorkerRepository workers) {
    this.workers = workers;
  }

  @Override
  public Optional<String> townOf(Map<String, Object> variables) {
    Long workerId = FormValues.optionalId("工作者编号", variables.get(WORKER_ID));
    if (workerId == null) {
      return Optional.empty();
    }
    return Optional.of(workers.findById(workerId)
        .orElseThrow(() -> new NotFoundException("工作者 " + workerId + " 不存在"))
        .getTownCode());
  }
}
