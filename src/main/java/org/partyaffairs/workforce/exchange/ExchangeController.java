package org.partyaffairs.workforce.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.partyaffairs.workforce.worker.VisibleWorkers;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A worker's exchange proposals (000 第十二条), the latest first, read under the same visibility as
 * the worker's record ({@link VisibleWorkers}): the worker themself, their town's organisation
 * department and committee, the city. Anyone else is told the worker does not exist (404).
 */
@Tag(name = "交流使用", description = "工作者在本区镇内的交流使用或重用（000 第十二条）")
@RestController
@RequestMapping("/api/workers/{workerId}/exchanges")
class ExchangeController {

  record ExchangeView(String businessKey, String processInstanceId, String fromStation, String toStation,
      String newRole, String reason, LocalDate postTakenUpOn, int fullYearsInPost, boolean eligible,
      String eligibility, String justification, String status, String statusLabel, String proposedBy,
      String reviewedBy, String reviewNote, Instant exchangedAt) {

    static ExchangeView of(ExchangeProposal proposal) {
      return new ExchangeView(proposal.businessKey(), proposal.getProcessInstanceId(), proposal.getFromStation(),
          proposal.getToStation(), proposal.getNewRole(), proposal.getReason(), proposal.getPostTakenUpOn(),
          proposal.getFullYearsInPost(), proposal.isEligible(), ExchangeService.eligibilityText(proposal),
          proposal.getJustification(), proposal.getStatus().name(), proposal.getStatus().label(),
          proposal.getProposedBy(), proposal.getReviewedBy(), proposal.getReviewNote(), proposal.getExchangedAt());
    }
  }

  record WorkerExchanges(Long workerId, String workerName, List<ExchangeView> exchanges) {
  }

  private final VisibleWorkers workers;
  private final ExchangeService exchanges;

  ExchangeController(VisibleWorkers workers, ExchangeService exchanges) {
    this.workers = workers;
    this.exchanges = exchanges;
  }

  @Operation(summary = "一名工作者的交流建议（按工作者的可见范围）")
  @GetMapping
  WorkerExchanges list(@PathVariable long workerId) {
    Worker worker = workers.get(workerId);
    return new WorkerExchanges(worker.getId(), worker.getName(),
        exchanges.of(worker).stream().map(ExchangeView::of).toList());
  }
}
