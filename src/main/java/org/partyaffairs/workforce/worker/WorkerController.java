package org.partyaffairs.workforce.worker;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.partyaffairs.workforce.web.Pages;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workers and their trails, limited to the caller's towns: another town's worker is answered as
 * not found, so that ids reveal nothing.
 */
@Tag(name = "工作者", description = "专职党务工作者及其经历记录")
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

  private final VisibleWorkers workers;
  private final Trail trail;

  WorkerController(VisibleWorkers workers, Trail trail) {
    this.workers = workers;
    this.trail = trail;
  }

  @Operation(summary = "可见的工作者（分页；区镇只见本区镇，工作者只见本人）")
  @GetMapping
  ResponseEntity<List<WorkerView>> list(Pageable page) {
    return Pages.of(workers.all(Pages.unsorted(page)), WorkerView::of);
  }

  @Operation(summary = "一名工作者")
  @GetMapping("/{id}")
  WorkerView get(@PathVariable long id) {
    return WorkerView.of(workers.get(id));
  }

  @Operation(summary = "一名工作者的经历记录（分页）")
  @GetMapping("/{id}/trail")
  ResponseEntity<List<TrailView>> trail(@PathVariable long id, Pageable page) {
    return Pages.of(trail.of(workers.get(id), Pages.unsorted(page)), TrailView::of);
  }
}
