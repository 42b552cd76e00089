package org.partyaffairs.workforce.probation;

import static org.partyaffairs.workforce.probation.ProbationProcessVariables.PRE_POST_TRAINING;
import static org.partyaffairs.workforce.probation.ProbationProcessVariables.PRE_POST_TRAINING_PASSED;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.partyaffairs.workforce.security.AsSystem;
import org.partyaffairs.workforce.training.TrainingKind;
import org.partyaffairs.workforce.training.TrainingRecords;
import org.partyaffairs.workforce.training.TrainingRecords.TrainingRecord;
import org.partyaffairs.workforce.training.TrainingResultsRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether a worker on probation has passed 任前培训 (000 第十一条: the city office trains every worker
 * before they take up the post), shown read-only on the probation review form. It <b>flags</b>, it
 * does not block: 001 第六条 decides probation by the exam and the democratic vote alone, and no
 * article makes 任前培训 a condition of it; the town organisation department sees 未通过任前培训 and
 * the review's trail entry keeps it. The text is the server's: set on the process when the review
 * task is created ({@link ProbationTasks}) and again whenever a 任前培训 list naming the worker is
 * recorded (this listener, in the recording transaction), never typed into the form (a read-only
 * field a submission changes is refused).
 */
@Component
class PrePostTraining {

  static final String NOT_PASSED = "未通过任前培训";

  private final TrainingRecords trainings;
  private final ProbationRepository probations;
  private final RuntimeService runtime;
  private final AsSystem asSystem;

  PrePostTraining(TrainingRecords trainings, ProbationRepository probations, RuntimeService runtime,
      AsSystem asSystem) {
    this.trainings = trainings;
    this.probations = probations;
    this.runtime = runtime;
    this.asSystem = asSystem;
  }

  /** The form's variables for the probation of this process instance (its record, never a variable, names the worker). */
  Map<String, Object> variablesOf(String processInstanceId) {
    return variables(probations.findByProcessInstanceId(processInstanceId).orElseThrow(
        () -> new IllegalStateException("No probation of process instance " + processInstanceId)).getWorkerId());
  }

  /** The form's variables: the text it shows and whether the worker passed (the worker's trainings read once). */
  Map<String, Object> variables(long workerId) {
    List<TrainingRecord> prePost = prePostOf(workerId);
    return Map.of(PRE_POST_TRAINING, text(prePost), PRE_POST_TRAINING_PASSED, prePost.stream().anyMatch(TrainingRecord::passed));
  }

  /** e.g. 已通过：《2026年新任专职党务工作者任前培训》（2026-03-06）合格（85 分）; or 未通过任前培训：… */
  String text(long workerId) {
    return text(prePostOf(workerId));
  }

  /** The worker's 任前培训, the latest first. */
  private List<TrainingRecord> prePostOf(long workerId) {
    return trainings.of(workerId).stream().filter(record -> record.kind() == TrainingKind.PRE_POST).toList();
  }

  private static String text(List<TrainingRecord> prePost) {
    Optional<TrainingRecord> passed = prePost.stream().filter(TrainingRecord::passed).findFirst();
    if (passed.isPresent()) {
      TrainingRecord record = passed.get();
      return "已通过：《" + record.title() + "》（" + record.endsOn() + "）" + record.outcome();
    }
    return NOT_PASSED + "：" + prePost.stream().findFirst()
        .map(r -> "《" + r.title() + "》" + r.outcome()).orElse("尚无任前培训记录") + "（000 第十一条）";
  }

  /** A 任前培训 list was recorded: the open probation of each worker on it shows the new state. */
  @EventListener
  void recorded(TrainingResultsRecorded event) {
    if (event.kind() != TrainingKind.PRE_POST) {
      return;
    }
    // One query for the list's workers on probation, not one per line of a list of thousands.
    for (Probation probation : probations.findByWorkerIdInAndStatus(event.workerIds(), ProbationStatus.IN_PROBATION)) {
      String id = probation.getProcessInstanceId();
      if (asSystem.get(() -> runtime.createProcessInstanceQuery().processInstanceId(id).count()) > 0) {
        asSystem.run(() -> runtime.setVariables(id, variables(probation.getWorkerId())));
      }
    }
  }
}
