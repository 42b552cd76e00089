package org.partyaffairs.workforce.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.rules.facts.CertificationLevel;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.AsSystem;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens the year's certification round (002: 每年分层分级开展一次资格认证工作): the round with its deadline,
 * then one CertificationProcess for every worker in post (在岗; probation is not yet service in a post)
 * who has none in the round, each in a transaction of its own. Opened again, the round starts only
 * the workers still missing (a worker confirmed since); the unique key of the application keeps a
 * worker to one instance even between two nodes. Workers holding 特级 have nothing to apply for.
 */
@Component
class CertificationRounds {

  /** What an opening did, for the API and the log. */
  record Opened(int year, String deadline, int started, int alreadyStarted, int skipped, int failed, String message) {
  }

  /** A refusal naming the field of the request. */
  static final class FieldRefusal extends InvalidRequestException {

    FieldRefusal(String field, String message) {
      super(field, message);
    }
  }

  private static final Logger log = LoggerFactory.getLogger(CertificationRounds.class);
  private static final int PAGE = 500;

  private final CertificationRoundRepository rounds;
  private final CertificationApplicationRepository applications;
  private final CertificationService service;
  private final WorkerRepository workers;
  private final WorkingDays workingDays;
  private final RuntimeService runtime;
  private final AsSystem asSystem;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;

  CertificationRounds(CertificationRoundRepository rounds, CertificationApplicationRepository applications,
      CertificationService service, WorkerRepository workers, WorkingDays workingDays, @Lazy RuntimeService runtime,
      AsSystem asSystem, Clock clock, PlatformTransactionManager transactions) {
    this.rounds = rounds;
    this.applications = applications;
    this.service = service;
    this.workers = workers;
    this.workingDays = workingDays;
    this.runtime = runtime;
    this.asSystem = asSystem;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The caller has been checked (the city office). The year may not lie ahead; the deadline not in the past. */
  Opened open(Actor actor, Integer year, LocalDate deadline) {
    LocalDate today = workingDays.today();
    if (year == null) {
      throw new FieldRefusal("year", "请填写认证年度");
    }
    if (year < 2000 || year > today.getYear()) {
      throw new FieldRefusal("year", "认证年度须在 2000 年到今年（" + today.getYear() + "）之间，收到 " + year);
    }
    if (deadline == null) {
      throw new FieldRefusal("deadline", "请填写申报截止日（yyyy-MM-dd）");
    }
    if (deadline.isBefore(today)) {
      throw new FieldRefusal("deadline", "申报截止日不能早于今天（" + today + "）");
    }
    if (deadline.isAfter(today.plusYears(1))) {
      throw new FieldRefusal("deadline", "申报截止日不能晚于一年以后");
    }
    CertificationRound round = roundOf(actor, year, deadline);
    Set<Long> started = new HashSet<>(applications.workersOfRound(round.getId()));
    int already = 0;
    int skipped = 0;
    int failed = 0;
    List<String> names = new ArrayList<>();
    for (Worker worker : inPost()) {
      if (started.contains(worker.getId())) {
        already++;
        continue;
      }
      if (service.heldLevel(worker.getId()).filter(CertificationLevel.SPECIAL::equals).isPresent()) {
        skipped++;
        continue;
      }
      try {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CertificationProcessVariables.WORKER_ID, worker.getId());
        variables.put(CertificationProcessVariables.ROUND_ID, round.getId());
        variables.put(CertificationProcessVariables.DEADLINE, round.getDeadline().toString());
        variables.put(CertificationProcessVariables.CLOSES_AT, workingDays.startOf(round.getDeadline().plusDays(1)));
        ownTransaction.executeWithoutResult(status -> asSystem.run(() -> runtime.startProcessInstanceByKey(
            CertificationProcessVariables.PROCESS_KEY, CertificationApplication.businessKey(year, worker.getId()),
            variables)));
        names.add(worker.getName());
      } catch (RuntimeException refused) {
        if (applications.workersOfRound(round.getId()).contains(worker.getId())) {
          already++;
        } else {
          failed++;
          log.warn("Certification {} of worker {} not started: {}", year, worker.getId(), refused.getMessage());
        }
      }
    }
    String message = round.label() + "资格认证：新发起 " + names.size() + " 人，此前已发起 " + already + " 人"
        + (skipped == 0 ? "" : "，已持特级 " + skipped + " 人无须申报") + (failed == 0 ? "" : "，" + failed + " 人未能发起（见日志）")
        + "；申报截止日 " + round.getDeadline();
    log.info("Certification round {}: {} started, {} already, {} skipped, {} failed", year, names.size(), already,
        skipped, failed);
    return new Opened(year, round.getDeadline().toString(), names.size(), already, skipped, failed, message);
  }

  private CertificationRound roundOf(Actor actor, int year, LocalDate deadline) {
    Optional<CertificationRound> existing = rounds.findByYear(year);
    if (existing.isPresent()) {
      if (!existing.get().getDeadline().equals(deadline)) {
        throw new FieldRefusal("deadline", existing.get().label() + "资格认证已开启，申报截止日为 " + existing.get().getDeadline()
            + "，不能改为 " + deadline);
      }
      return existing.get();
    }
    try {
      return ownTransaction.execute(status -> rounds.saveAndFlush(new CertificationRound(year, deadline, actor.userId(),
          clock.instant())));
    } catch (RuntimeException raced) {
      return rounds.findByYear(year).orElseThrow(() -> raced);
    }
  }

  private List<Worker> inPost() {
    List<Worker> found = new ArrayList<>();
    Page<Worker> page = workers.findAll(PageRequest.of(0, PAGE, Sort.by("id")));
    while (true) {
      page.getContent().stream().filter(worker -> worker.getStatus() == WorkerStatus.ACTIVE).forEach(found::add);
      if (!page.hasNext()) {
        return found;
      }
      page = workers.findAll(page.nextPageable());
    }
  }
}
