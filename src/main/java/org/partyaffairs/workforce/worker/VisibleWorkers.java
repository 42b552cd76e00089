package org.partyaffairs.workforce.worker;

import java.util.List;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workers the current user may read: approvers read their towns' workers, a worker only their
 * own record. Any other is answered as not found, so that ids reveal nothing.
 */
@Component
@Transactional(readOnly = true)
public class VisibleWorkers {

  private final WorkerRepository workers;
  private final CurrentActor currentActor;

  VisibleWorkers(WorkerRepository workers, CurrentActor currentActor) {
    this.workers = workers;
    this.currentActor = currentActor;
  }

  public List<Worker> all() {
    Actor actor = currentActor.get();
    return workers.findByTownCodeInOrderById(actor.towns()).stream().filter(worker -> mayRead(actor, worker)).toList();
  }

  public Worker get(long id) {
    Actor actor = currentActor.get();
    return workers.findById(id).filter(worker -> actor.towns().contains(worker.getTownCode()) && mayRead(actor, worker))
        .orElseThrow(() -> new NotFoundException("工作者 " + id + " 不存在"));
  }

  private static boolean mayRead(Actor actor, Worker worker) {
    return actor.groups().stream().anyMatch(group -> !group.equals(Groups.WORKERS))
        || actor.userId().equals(worker.getUserId());
  }
}
