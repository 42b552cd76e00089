package org.partyaffairs.workforce.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other capabilities read of a worker's trainings, without the records themselves: the
 * dossier lists them, probation asks whether 任前培训 was passed, and a later certification
 * decision (002: 培训测试合格后方可参加资格认证) asks the same of any kind since a date. Reads only;
 * the caller has already decided that the reader may see the worker.
 */
@Component
@Transactional(readOnly = true)
public class TrainingRecords {

  /** One training of the worker's, as people read it: {@code outcome} e.g. 合格（85 分）, 未参加. */
  public record TrainingRecord(Long trainingId, TrainingKind kind, String kindLabel, String title, LocalDate startsOn,
      LocalDate endsOn, String organiser, BigDecimal passMark, boolean attended, BigDecimal score, boolean passed,
      String outcome) {
  }

  /** Before any training on record (a date every database takes). */
  static final LocalDate EVER = LocalDate.of(1900, 1, 1);

  private final TrainingResultRepository results;

  TrainingRecords(TrainingResultRepository results) {
    this.results = results;
  }

  /**
   * Whether the worker passed a training of {@code kind} that ended on or after {@code since}
   * (a training without a test: attended it).
   */
  public boolean hasPassed(long workerId, TrainingKind kind, LocalDate since) {
    return results.countPassedSince(workerId, kind, since) > 0;
  }

  /** Whether the worker ever passed a training of {@code kind}. */
  public boolean hasPassed(long workerId, TrainingKind kind) {
    return hasPassed(workerId, kind, EVER);
  }

  /** The worker's trainings, the latest first. */
  public List<TrainingRecord> of(long workerId) {
    return results.ofWorker(workerId).stream().map(TrainingRecords::record).toList();
  }

  /** The worker's latest training of {@code kind}, if any. */
  public Optional<TrainingRecord> latest(long workerId, TrainingKind kind) {
    return of(workerId).stream().filter(r -> r.kind() == kind).findFirst();
  }

  static TrainingRecord record(TrainingResult result) {
    Training training = result.getTraining();
    return new TrainingRecord(training.getId(), training.getKind(), training.getKind().label(), training.getTitle(),
        training.getStartsOn(), training.getEndsOn(), training.getOrganiser(), training.getPassMark(),
        result.isAttended(), result.getScore(), result.isPassed(), outcome(training, result));
  }

  static String outcome(Training training, TrainingResult result) {
    if (!result.isAttended()) {
      return "未参加";
    }
    if (!training.hasTest()) {
      return "已参加（无测试）";
    }
    String score = result.getScore().stripTrailingZeros().toPlainString();
    return result.isPassed() ? "合格（" + score + " 分）"
        : "不合格（" + score + " 分，合格分 " + training.getPassMark().stripTrailingZeros().toPlainString() + "）";
  }
}
