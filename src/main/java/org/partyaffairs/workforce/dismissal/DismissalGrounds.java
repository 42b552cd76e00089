package org.partyaffairs.workforce.dismissal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partyaffairs.workforce.rules.DecisionRecorder;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grounds for dismissal (000 第十四条) found on workers, kept until a dismissal takes them up:
 * those the rules find on a worker's record ({@code dismissal-grounds}, over the absent days the
 * absence capability provides through {@link AbsentDays}) and those other capabilities find (an
 * annual FAIL, a failed warning period; see {@link DismissalTriggers}).
 */
@Service
@Transactional
public class DismissalGrounds {

  private final DismissalGroundRepository grounds;
  private final WorkerRepository workers;
  private final AbsentDays absences;
  private final DecisionRecorder recorder;
  private final Trail trail;
  private final Clock clock;

  DismissalGrounds(DismissalGroundRepository grounds, WorkerRepository workers, AbsentDays absences,
      DecisionRecorder recorder, Trail trail, Clock clock) {
    this.grounds = grounds;
    this.workers = workers;
    this.absences = absences;
    this.recorder = recorder;
    this.trail = trail;
    this.clock = clock;
  }

  /**
   * Records a ground for dismissal found on the worker (000 第十四条) with its trail, once per ground
   * and year: a second finding of the same ground is not a second ground.
   *
   * @return whether it was new
   */
  public boolean record(Long workerId, String ground, int year, String detail, String actor,
      String processInstanceId, Article article) {
    if (grounds.existsByWorkerIdAndGroundAndGroundYear(workerId, ground, year)) {
      return false;
    }
    grounds.save(new DismissalGround(workerId, ground, year, detail, actor, clock.instant(), processInstanceId));
    trail.record(workers.getReferenceById(workerId), "DISMISSAL_GROUND",
        "发现解聘情形 " + ground + "（" + year + "年）：" + detail, actor, processInstanceId, article);
    return true;
  }

  /** The worker's absent days in a year. */
  List<LocalDate> absentDays(Long workerId, int year) {
    return absences.daysIn(workerId, year);
  }

  /** Grounds found on the worker that no dismissal has decided on yet. */
  List<DismissalGround> waiting(Long workerId) {
    return grounds.findByWorkerIdAndDismissalIdIsNullOrderById(workerId);
  }

  /** {@code dismissal-grounds} over the worker's record of the year and the proposer's findings, kept. */
  Collection<String> onRecord(Worker worker, int year, List<LocalDate> absentDays, DismissalService.Findings findings,
      String processInstanceId, String activityId) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("absences", absentDays.stream().map(LocalDate::toString).toList());
    facts.put("assessmentEligible", worker.isAssessmentEligible());
    // Grades are not re-read here: the campaign keeps what they ground (ANNUAL_FAIL, TWO_CONSECUTIVE_BASIC).
    facts.put("grades", Map.of());
    facts.put("year", year);
    facts.put("criminalPenalty", findings.criminalPenalty());
    facts.put("administrativeDetention", findings.administrativeDetention());
    facts.put("publicSecurityPenalty", findings.publicSecurityPenalty());
    facts.put("seriousIncident", findings.seriousIncident());
    facts.put("otherReason", findings.otherReason());
    return strings(recorder.decide("dismissal-grounds", facts, "workerId", worker.getId().toString(),
        processInstanceId, activityId).result().get("grounds"));
  }

  @SuppressWarnings("unchecked")
  private static Collection<String> strings(Object list) {
    return list == null ? List.of() : (Collection<String>) list;
  }
}
