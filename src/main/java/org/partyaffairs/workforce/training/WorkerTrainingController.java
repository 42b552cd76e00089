package org.partyaffairs.workforce.training;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.partyaffairs.workforce.worker.VisibleWorkers;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A worker's trainings, the latest first, under the worker record's visibility ({@link
 * VisibleWorkers}): the worker themself, their town's groups, the city; anyone else is told the
 * worker does not exist (404).
 */
@Tag(name = "培训")
@RestController
class WorkerTrainingController {

  record WorkerTrainings(Long workerId, String workerName, boolean prePostTrainingPassed,
      List<TrainingRecords.TrainingRecord> trainings) {
  }

  private final VisibleWorkers workers;
  private final TrainingRecords records;

  WorkerTrainingController(VisibleWorkers workers, TrainingRecords records) {
    this.workers = workers;
    this.records = records;
  }

  @Operation(summary = "一名工作者参加的培训及成绩（按工作者的可见范围）")
  @GetMapping("/api/workers/{workerId}/trainings")
  WorkerTrainings of(@PathVariable long workerId) {
    Worker worker = workers.get(workerId);
    return new WorkerTrainings(worker.getId(), worker.getName(),
        records.hasPassed(worker.getId(), TrainingKind.PRE_POST),
        records.of(worker.getId()));
  }
}
