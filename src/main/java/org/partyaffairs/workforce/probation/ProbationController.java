package org.partyaffairs.workforce.probation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Probations of the caller's towns, and the report of a qualification problem found during one. */
@Tag(name = "试用期", description = "试用期及其考察（001 第六条）")
@RestController
@RequestMapping("/api/probations")
class ProbationController {

  record ProbationView(Long id, Long workerId, String town, LocalDate hiredOn, LocalDate lastDay, ProbationStatus status,
      String statusLabel, Mentor mentor, Commitment commitment, ProbationReview review, List<ProbationReason> reasons,
      String qualificationProblem, Long decisionRecordId, Instant decidedAt, String filingNumber, Instant filedAt) {

    static ProbationView of(Probation probation) {
      return new ProbationView(probation.getId(), probation.getWorkerId(), probation.getTownCode(),
          probation.getHiredOn(), Probation.PERIOD.lastDay(probation.getHiredOn()), probation.getStatus(),
          probation.getStatus().label(), probation.getMentor(), probation.getCommitment(), probation.getReview(),
          probation.getReasons(), probation.getQualificationProblem(), probation.getDecisionRecordId(),
          probation.getDecidedAt(), probation.getFilingNumber(), probation.getFiledAt());
    }
  }

  private final ProbationService probations;
  private final CurrentActor currentActor;

  ProbationController(ProbationService probations, CurrentActor currentActor) {
    this.probations = probations;
    this.currentActor = currentActor;
  }

  @Operation(summary = "一名工作者的试用期")
  @GetMapping("/{id}")
  ProbationView get(@PathVariable long id) {
    return ProbationView.of(probations.visible(id, currentActor.get()));
  }

  /** {@code {"problem": "…"}}: disqualifies at once (001 第六条) and interrupts the probation's process. */
  @Operation(summary = "报告不符合招录条件的情形（取消聘用资格的依据）")
  @PostMapping("/{id}/qualification-problems")
  ProbationView reportQualificationProblem(@PathVariable long id, @RequestBody Map<String, Object> body) {
    return ProbationView.of(probations.reportQualificationProblem(id, currentActor.get(),
        FormValues.requiredText("不符合招录条件的情形", body.get("problem"), 1000)));
  }
}
