package org.partyaffairs.workforce.worker;

import java.time.Instant;
import java.util.List;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.web.NotFoundException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workers and their trails, limited to the caller's towns: another town's worker is answered as
 * not found, so that ids reveal nothing.
 */
@RestController
@RequestMapping("/api/workers")
@Transactional(readOnly = true)
class WorkerController {

  record WorkerView(Long id, String name, String town, WorkerStatus status, String statusLabel, boolean underWarning,
      boolean assessmentEligible) {

    static WorkerView of(Worker worker) {
      return new WorkerView(worker.getId(), worker.getName(), worker.getTownCode(), worker.getStatus(),
          worker.getStatus().label(), worker.isUnderWarning(), worker.isAssessmentEligible());
    }
  }

  record TrailView(Instant at, String event, String detail, String actor, String article, String processInstanceId) {

    static TrailView of(TrailEntry entry) {
      return new TrailView(entry.getOccurredAt(), entry.getEvent(), entry.getDetail(), entry.getActor(),
          entry.getArticle(), entry.getProcessInstanceId());
    }
  }

  private final WorkerRepository workers;
  private final Trail trail;
  private final CurrentActor currentActor;

  WorkerController(WorkerRepository workers, Trail trail, CurrentActor currentActor) {
    this.workers = workers;
    this.trail = trail;
    this.currentActor = currentActor;
  }

  @GetMapping
  List<WorkerView> list() {
    Actor actor = currentActor.get();
    return workers.findByTownCodeInOrderById(actor.towns()).stream()
        .filter(worker -> mayRead(actor, worker)).map(WorkerView::of).toList();
  }

  @GetMapping("/{id}")
  WorkerView get(@PathVariable long id) {
    return WorkerView.of(visible(id));
  }

  @GetMapping("/{id}/trail")
  List<TrailView> trail(@PathVariable long id) {
    return trail.of(visible(id)).stream().map(TrailView::of).toList();
  }

  private Worker visible(long id) {
    Actor actor = currentActor.get();
    return workers.findById(id).filter(worker -> actor.towns().contains(worker.getTownCode()) && mayRead(actor, worker))
        .orElseThrow(() -> new NotFoundException("工作者 " + id + " 不存在"));
  }

  /** Approvers read their towns' workers; a worker reads only their own record. */
  private static boolean mayRead(Actor actor, Worker worker) {
    return actor.groups().stream().anyMatch(group -> !group.equals(Groups.WORKERS))
        || actor.userId().equals(worker.getUserId());
  }
}
