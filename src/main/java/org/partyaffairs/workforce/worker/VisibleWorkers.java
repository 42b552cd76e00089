package org.partyaffairs.workforce.worker;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workers the current user may read: approvers (the town organisation departments and committees,
 * the city groups, the administrators) read their towns' workers, a worker only their own record. A
 * leave approver (包片工作组组长, sector Party committee) reads no worker record: only the tasks offered
 * to them. Any other is answered as not found, so that ids reveal nothing.
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

  /** A page of the workers the user may read, by id: an approver's towns', or a worker's own record. */
  public Page<Worker> all(Pageable page) {
    Actor actor = currentActor.get();
    return isApprover(actor) ? workers.findByTownCodeInOrderById(actor.towns(), page)
        : workers.findByUserId(actor.userId(), page);
  }

  public Worker get(long id) {
    Actor actor = currentActor.get();
    return workers.findById(id).filter(worker -> actor.towns().contains(worker.getTownCode()) && mayRead(actor, worker))
        .orElseThrow(() -> new NotFoundException("工作者 " + id + " 不存在"));
  }

  private static boolean mayRead(Actor actor, Worker worker) {
    return isApprover(actor) || actor.userId().equals(worker.getUserId());
  }

  private static boolean isApprover(Actor actor) {
    return actor.groups().stream().anyMatch(group -> Groups.isTownGroup(group) || Groups.isCityGroup(group)
        || group.equals(Groups.ADMINS));
  }
}
