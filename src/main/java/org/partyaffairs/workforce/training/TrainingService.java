package org.partyaffairs.workforce.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partyaffairs.workforce.organisation.OrganisationUnit;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.training.ResultList.Field;
import org.partyaffairs.workforce.training.ResultList.Line;
import org.partyaffairs.workforce.training.ResultList.Problem;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training records under 000 第十一条 (实行岗位培训制度: the city office runs 任前培训, the towns the
 * regular training) and 002 专业能力培训 (培训测试合格后方可参加资格认证). Only the city office
 * registers trainings and records their lists; a list is judged whole first — every line against the
 * workers on record and the training's own rules ({@link Training#findingFor}) — and refused with
 * every finding when one line is wrong, nothing recorded; otherwise every line is recorded with a
 * trail entry on its worker, in one transaction.
 */
@Service
@Transactional
public class TrainingService {

  private static final Logger log = LoggerFactory.getLogger(TrainingService.class);

  /** Who may be on a list: candidates before their post, and workers in service. */
  static final Set<WorkerStatus> LISTABLE = EnumSet.of(WorkerStatus.CANDIDATE, WorkerStatus.PROBATION,
      WorkerStatus.ACTIVE);
  static final int MAX_LINES = 10_000;
  static final String CITY_OFFICE_ONLY = "只有市委“两新”工委办公室可以登记培训和培训结果（000 第十一条）";

  /** A training to register, as the API receives it. */
  record NewTraining(TrainingKind kind, String title, LocalDate startsOn, LocalDate endsOn, String organiser,
      BigDecimal passMark) {
  }

  /** What a recorded list answers. */
  record Recorded(String message, long trainingId, int recorded, int passed, int skipped) {
  }

  private final TrainingRepository trainings;
  private final TrainingResultRepository results;
  private final WorkerRepository workers;
  private final OrganisationUnitRepository units;
  private final Trail trail;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  TrainingService(TrainingRepository trainings, TrainingResultRepository results, WorkerRepository workers,
      OrganisationUnitRepository units, Trail trail, ApplicationEventPublisher events, Clock clock) {
    this.trainings = trainings;
    this.results = results;
    this.workers = workers;
    this.units = units;
    this.trail = trail;
    this.events = events;
    this.clock = clock;
  }

  Training register(Actor actor, NewTraining request) {
    cityOffice(actor);
    Training training = trainings.save(new Training(request.kind(), request.title(), request.startsOn(),
        request.endsOn(), request.organiser(), request.passMark(), actor.userId(), clock.instant()));
    log.info("Training {} ({}) registered by {}", training.getId(), training.getKind(), actor.userId());
    return training;
  }

  @Transactional(readOnly = true)
  List<Training> all() {
    return trainings.findAll(org.springframework.data.domain.Sort.by("startsOn").descending().and(
        org.springframework.data.domain.Sort.by("id").descending()));
  }

  @Transactional(readOnly = true)
  Training get(long trainingId) {
    return trainings.findById(trainingId).orElseThrow(() -> notFound(trainingId));
  }

  /** The training's list as far as the reader's towns reach (the city's groups: every town). */
  @Transactional(readOnly = true)
  List<TrainingResult> resultsOf(long trainingId, Actor actor) {
    get(trainingId);
    return actor.towns().isEmpty() ? List.of() : results.ofTraining(trainingId, actor.towns());
  }

  /**
   * Records a list: all of it, or — when any line is wrong — nothing, refused with every finding.
   * Rows whose attendance and score are both empty ({@code lines} leaves them out) are counted as
   * skipped.
   */
  Recorded record(Actor actor, long trainingId, ResultList list) {
    int skipped = list.skipped;
    cityOffice(actor);
    Training training = trainings.lockById(trainingId).orElseThrow(() -> notFound(trainingId));
    List<Problem> problems = new ArrayList<>(list.problems);
    if (list.lines.size() > MAX_LINES) {
      throw new InvalidRequestException("一次最多登记 " + MAX_LINES + " 条培训结果");
    }
    Map<Long, Worker> byId = workers.findAllById(list.lines.stream().map(Line::workerId).distinct().toList())
        .stream().collect(Collectors.toMap(Worker::getId, Function.identity()));
    Map<Long, Integer> firstRow = new HashMap<>();
    for (Line line : list.lines) {
      Worker worker = byId.get(line.workerId());
      Integer earlier = firstRow.putIfAbsent(line.workerId(), line.row());
      if (worker == null) {
        problems.add(list.problem(line.row(), Field.WORKER, "工作者编号 " + line.workerId() + " 不存在"));
      } else if (earlier != null) {
        problems.add(list.problem(line.row(), Field.WORKER, worker.getName() + "（编号 " + worker.getId()
            + "）在名单中重复出现（" + list.rowName(earlier) + "已有）"));
      } else if (list.names.containsKey(line.row()) && !list.names.get(line.row()).equals(worker.getName())) {
        problems.add(list.problem(line.row(), Field.NAME, "姓名「" + list.names.get(line.row()) + "」与工作者编号 "
            + worker.getId() + "（" + worker.getName() + "）不符"));
      } else if (!LISTABLE.contains(worker.getStatus())) {
        problems.add(list.problem(line.row(), Field.WORKER, worker.getName() + " 当前状态为「"
            + worker.getStatus().label() + "」，不能登记培训结果"));
      } else {
        training.findingFor(worker.getId(), line.attended(), line.score())
            .ifPresent(f -> problems.add(list.problem(line.row(), f.field(), worker.getName() + "：" + f.message())));
      }
    }
    if (!problems.isEmpty()) {
      throw new TrainingRefusal(HttpStatus.BAD_REQUEST, "培训名单有误，未登记任何结果：", problems);
    }
    if (list.lines.isEmpty()) {
      throw new InvalidRequestException("培训名单中没有填写任何人的参加情况，未登记任何结果");
    }
    Instant now = clock.instant();
    int passed = 0;
    for (Line line : list.lines) {
      Worker worker = byId.get(line.workerId());
      TrainingResult result = results.save(training.record(worker, line.attended(), line.score(), actor.userId(), now));
      passed += result.isPassed() ? 1 : 0;
      trail.record(worker, "TRAINING_RECORDED", describe(training, result), actor.userId(), null,
          Article.KUNSHAN_11);
    }
    results.flush();
    events.publishEvent(new TrainingResultsRecorded(training.getId(), training.getKind(),
        list.lines.stream().map(Line::workerId).toList()));
    log.info("Training {}: {} results recorded by {} ({} passed)", training.getId(), list.lines.size(),
        actor.userId(), passed);
    String message = "已登记《" + training.getTitle() + "》" + list.lines.size() + " 人的培训结果，其中" + (training.hasTest()
        ? "测试合格 " : "参加 ") + passed + " 人" + (skipped > 0 ? "；" + skipped + " 行未填写参加情况，未登记" : "");
    return new Recorded(message, training.getId(), list.lines.size(), passed, skipped);
  }

  /** The workers a template lists: of one town or of all, not yet on the training's list. */
  @Transactional(readOnly = true)
  List<Worker> templateWorkers(Actor actor, long trainingId, String town) {
    cityOffice(actor);
    Training training = get(trainingId);
    List<String> towns = units.towns().stream().map(OrganisationUnit::getCode).toList();
    if (town != null && !town.isBlank() && !towns.contains(town.strip())) {
      throw new InvalidRequestException("没有区镇「" + town.strip() + "」，可选：" + String.join("、", towns));
    }
    Set<Long> listed = training.getResults().stream().map(TrainingResult::getWorkerId).collect(Collectors.toSet());
    return results.workersOf(town == null || town.isBlank() ? towns : List.of(town.strip()), LISTABLE).stream()
        .filter(worker -> !listed.contains(worker.getId())).toList();
  }

  /** The towns' names by code, for the template. */
  @Transactional(readOnly = true)
  Map<String, String> townNames() {
    return units.towns().stream().collect(Collectors.toMap(OrganisationUnit::getCode, OrganisationUnit::getName));
  }

  static String describe(Training training, TrainingResult result) {
    return "参加" + training.getKind().label() + "《" + training.getTitle() + "》（" + training.getStartsOn()
        + (training.getEndsOn().equals(training.getStartsOn()) ? "" : "至" + training.getEndsOn()) + "，主办："
        + training.getOrganiser() + "）：" + TrainingRecords.outcome(training, result);
  }

  private static void cityOffice(Actor actor) {
    if (!actor.isSystem() && !actor.isMemberOf(Groups.CITY_OFFICE)) {
      throw TrainingRefusal.forbidden(CITY_OFFICE_ONLY);
    }
  }

  private static NotFoundException notFound(long trainingId) {
    return new NotFoundException("培训 " + trainingId + " 不存在");
  }
}
