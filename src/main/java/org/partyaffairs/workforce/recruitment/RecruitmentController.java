package org.partyaffairs.workforce.recruitment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Recruitment plans of the caller's towns with their candidates; registration of candidates, one or a CSV list. */
@Tag(name = "招聘", description = "招聘计划、报名与考试成绩（000 第五、六条）")
@RestController
@RequestMapping("/api/recruitments")
@Transactional
class RecruitmentController {

  record CandidateView(Long id, String name, String education, Qualification qualification, String qualificationReason,
      BigDecimal examScore, BigDecimal interviewScore, BigDecimal totalScore, Integer rank, boolean shortlisted,
      HireDecision hireDecision, String contractNumber, LocalDate contractSignedOn, Long postId, Long workerId) {

    static CandidateView of(Candidate candidate) {
      return new CandidateView(candidate.getId(), candidate.getName(), candidate.getEducation(),
          candidate.getQualification(), candidate.getQualificationReason(), candidate.getExamScore(),
          candidate.getInterviewScore(), candidate.getTotalScore(), candidate.getRanking(), candidate.isShortlisted(),
          candidate.getHireDecision(), candidate.getContractNumber(), candidate.getContractSignedOn(),
          candidate.getPostId(), candidate.getWorkerId());
    }
  }

  record PlanView(Long id, String town, Organiser organiser, int postsToFill, String conditions, String schedule,
      PlanStatus status, String statusLabel, String consentReason, Long rankingDecisionRecordId,
      List<CandidateView> candidates) {
  }

  private final RecruitmentService recruitment;
  private final CurrentActor currentActor;

  RecruitmentController(RecruitmentService recruitment, CurrentActor currentActor) {
    this.recruitment = recruitment;
    this.currentActor = currentActor;
  }

  @Operation(summary = "一次招聘计划及其报名人员")
  @GetMapping("/{id}")
  PlanView get(@PathVariable long id) {
    RecruitmentPlan plan = recruitment.visible(id, currentActor.get());
    return new PlanView(plan.getId(), plan.getTownCode(), plan.getOrganiser(), plan.getPostsToFill(),
        plan.getConditions(), plan.getSchedule(), plan.getStatus(), plan.getStatus().label(),
        plan.getConsentReason(), plan.getDecisionRecordId(), recruitment.candidatesOf(plan).stream().map(CandidateView::of).toList());
  }

  /** {@code {"name": "…", "education": "…"}}. */
  @Operation(summary = "登记一名报名人员")
  @PostMapping(path = "/{id}/candidates", consumes = "application/json")
  @ResponseStatus(HttpStatus.CREATED)
  CandidateView register(@PathVariable long id, @RequestBody Map<String, Object> body) {
    Actor actor = currentActor.get();
    return CandidateView.of(recruitment.register(id, actor,
        FormValues.requiredText("姓名", body.get("name"), CandidateList.MAX_NAME),
        FormValues.requiredText("学历", body.get("education"), CandidateList.MAX_EDUCATION)));
  }

  /**
   * A list, one {@code 姓名,学历} per line: all registered, or none when a line is wrong or not text
   * in the declared charset (UTF-8 unless the Content-Type names another).
   */
  @Operation(summary = "以 CSV 批量导入报名人员（全部校验通过才导入）")
  @PostMapping(path = "/{id}/candidates", consumes = "text/csv")
  @ResponseStatus(HttpStatus.CREATED)
  List<CandidateView> importList(@PathVariable long id, @RequestBody byte[] csv,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType) {
    return recruitment.registerAll(id, currentActor.get(), CandidateList.decode(csv, contentType)).stream()
        .map(CandidateView::of).toList();
  }
}
