package org.partyaffairs.workforce.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingResultRepository extends JpaRepository<TrainingResult, Long> {

  /** A worker's results, the latest training first. */
  @Query("select r from TrainingResult r join fetch r.training t where r.worker.id = :workerId"
      + " order by t.startsOn desc, r.id desc")
  List<TrainingResult> ofWorker(Long workerId);

  /** Whether the worker passed a training of this kind that ended on or after {@code since}. */
  @Query("select count(r) from TrainingResult r where r.worker.id = :workerId and r.passed = true"
      + " and r.training.kind = :kind and r.training.endsOn >= :since")
  long countPassedSince(Long workerId, TrainingKind kind, LocalDate since);

  /** One training's list, restricted to the towns the reader may see, by town and worker. */
  @Query("select r from TrainingResult r join fetch r.worker where r.training.id = :trainingId"
      + " and r.townCode in :towns order by r.townCode, r.worker.id")
  List<TrainingResult> ofTraining(Long trainingId, Collection<String> towns);

  /** The workers a template lists: those of these towns who are candidates or in service. */
  @Query("select w from Worker w where w.townCode in :towns and w.status in :statuses order by w.townCode, w.id")
  List<Worker> workersOf(Collection<String> towns, Collection<WorkerStatus> statuses);
}
