package org.partyaffairs.workforce.points;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.worker.VisibleWorkers;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The points ledger over HTTP (004 附件1 二、考核流程). A ledger is read under the visibility of the
 * worker's record ({@link VisibleWorkers}: the worker himself, his town's organisation department and
 * committee, the city); anyone else is told the worker does not exist (404). Lines are recorded and
 * corrected by the worker's town organisation department; a worker claims a bonus line for himself;
 * a town's standings of a quarter are published by the city office or the town's department.
 */
@Tag(name = "积分台账", description = "积分制考核的全年积分台账：登记、本人申报加分、一票否决确认、更正、季度公布（004 附件1）")
@RestController
@RequestMapping("/api/points")
class PointsController {

  /** A line as recorded or claimed; witnesses are user ids of the worker's town. */
  record LineRequest(Integer item, Integer count, String level, String occurredOn, String evidence,
      List<String> witnesses) {
  }

  record CorrectionRequest(String line, String reason) {
  }

  record LineView(Long number, LocalDate occurredOn, int item, int count, String level, String text, String evidence,
      List<String> witnesses, String source, String sourceLabel, String state, String stateLabel, String reason,
      Long corrects, String recordedBy, Instant recordedAt, String decidedBy, String processInstanceId) {

    static LineView of(PointsEntry entry) {
      return new LineView(entry.getId(), entry.getOccurredOn(), entry.getItem(), entry.getCount(), entry.getLevel(),
          entry.describe(), entry.getEvidence(),
          entry.getWitness1() == null ? List.of() : List.of(entry.getWitness1(), entry.getWitness2()),
          entry.getSource().name(), entry.getSource().label(), entry.getState().name(), entry.getState().label(),
          entry.getReason(), entry.getCorrects(), entry.getRecordedBy(), entry.getRecordedAt(), entry.getDecidedBy(),
          entry.getProcessInstanceId());
    }
  }

  record LedgerView(Long workerId, String workerName, int year, long bonus, long deductions, long total,
      boolean veto, String standing, List<LineView> lines) {
  }

  private final PointsService points;
  private final PointsPublications publications;
  private final VisibleWorkers workers;
  private final CurrentActor actor;
  private final WorkforceProperties properties;

  PointsController(PointsService points, PointsPublications publications, VisibleWorkers workers, CurrentActor actor,
      WorkforceProperties properties) {
    this.points = points;
    this.publications = publications;
    this.workers = workers;
    this.actor = actor;
    this.properties = properties;
  }

  @Operation(summary = "一名工作者某年度的积分台账：每一行及 points-score 计算的总分（按工作者的可见范围）")
  @GetMapping("/workers/{workerId}/ledgers/{year}")
  LedgerView ledger(@PathVariable long workerId, @PathVariable int year) {
    Worker worker = workers.get(workerId);
    return view(worker, year);
  }

  @Operation(summary = "区镇组织部门登记一行（加分、减分须有证明材料或两名证明人；一票否决待区镇党（工）委确认）")
  @PostMapping("/workers/{workerId}/lines")
  @ResponseStatus(HttpStatus.CREATED)
  LineView record(@PathVariable long workerId, @RequestBody LineRequest request) {
    Worker worker = workers.get(workerId);
    LineRequest line = required(request);
    return LineView.of(points.record(actor.get(), worker.getId(), whole("项目", line.item()),
        line.count() == null ? 1 : line.count(), line.level(), date(line.occurredOn()), line.evidence(),
        line.witnesses()));
  }

  @Operation(summary = "区镇组织部门更正积分台账：写明更正的行和理由（如「第12条 17 1」「第12条 删除」「13 1 city」）")
  @PostMapping("/workers/{workerId}/ledgers/{year}/corrections")
  @ResponseStatus(HttpStatus.CREATED)
  LedgerView correct(@PathVariable long workerId, @PathVariable int year, @RequestBody CorrectionRequest request) {
    Worker worker = workers.get(workerId);
    if (request == null) {
      throw new InvalidRequestException("请填写更正的行和理由");
    }
    points.correct(actor.get(), worker.getId(), year, request.line(), request.reason());
    return view(worker, year);
  }

  @Operation(summary = "工作者本人申报加分（第7至14项），须有证明材料或两名本区镇证明人；由区镇组织部门审核")
  @PostMapping("/claims")
  @ResponseStatus(HttpStatus.CREATED)
  LineView claim(@RequestBody LineRequest request) {
    LineRequest line = required(request);
    return LineView.of(points.claim(actor.get(), whole("加分项目", line.item()), line.count() == null ? 1 : line.count(),
        line.level(), date(line.occurredOn()), line.evidence(), line.witnesses()));
  }

  @Operation(summary = "公布一个区镇一个季度的积分情况（市委\"两新\"工委办公室或该区镇组织部门；季度结束后，每季度一次）")
  @PostMapping("/publications/{quarter}/towns/{town}")
  @ResponseStatus(HttpStatus.CREATED)
  PointsPublications.Started publish(@PathVariable String quarter, @PathVariable String town) {
    return publications.start(actor.get(), town, quarter);
  }

  private LedgerView view(Worker worker, int year) {
    if (year < 2000 || year > 2100) {
      throw new InvalidRequestException("年度应为 2000 至 2100");
    }
    PointsService.Standing standing = points.standing(worker.getId(), year);
    return new LedgerView(worker.getId(), worker.getName(), year, standing.bonus(), standing.deductions(),
        standing.total(), standing.veto(), standing.describe(),
        points.lines(worker.getId(), year).stream().map(LineView::of).toList());
  }

  private static LineRequest required(LineRequest request) {
    if (request == null) {
      throw new InvalidRequestException("请填写项目、次数、发生日期和证明材料或证明人");
    }
    return request;
  }

  private static int whole(String label, Integer value) {
    if (value == null) {
      throw new InvalidRequestException("请填写" + label);
    }
    return value;
  }

  private LocalDate date(String value) {
    return FormValues.requiredDate("发生日期", value, properties.zone());
  }
}
