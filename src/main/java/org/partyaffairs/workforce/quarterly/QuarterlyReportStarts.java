package org.partyaffairs.workforce.quarterly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.organisation.OrganisationUnit;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.security.AsSystem;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.shared.Quarter;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts a quarter's reports in a town: one QuarterlyReportProcess for each worker in service who has
 * none for the quarter yet, each in a transaction of its own, so that one refused start (a worker
 * who left a moment ago, a report another node started first) does not undo the others. Never two
 * for one worker and quarter: workers with a report are skipped, and between two nodes starting at
 * the same moment the unique key of {@code quarterly_report} refuses the second (its start rolls back
 * whole and is counted as already started).
 */
@Component
public class QuarterlyReportStarts {

  /** What a start did, for the API and the log. */
  public record Started(String town, String townName, String quarter, String quarterLabel, String dueOn,
      int started, int alreadyStarted, int failed, List<String> workers, String message) {
  }

  private static final Logger log = LoggerFactory.getLogger(QuarterlyReportStarts.class);
  private static final int PAGE = 500;

  private final WorkerRepository workers;
  private final QuarterlyReportRepository reports;
  private final QuarterlyReportService service;
  private final OrganisationUnitRepository units;
  private final WorkingDays workingDays;
  private final RuntimeService runtime;
  private final AsSystem asSystem;
  private final TransactionTemplate ownTransaction;

  QuarterlyReportStarts(WorkerRepository workers, QuarterlyReportRepository reports, QuarterlyReportService service,
      OrganisationUnitRepository units, WorkingDays workingDays, @Lazy RuntimeService runtime, AsSystem asSystem,
      PlatformTransactionManager transactions) {
    this.workers = workers;
    this.reports = reports;
    this.service = service;
    this.units = units;
    this.workingDays = workingDays;
    this.runtime = runtime;
    this.asSystem = asSystem;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Starts the quarter in the town (the caller has been checked: the city office, an administrator,
   * or the schedule). A quarter that has not begun yet is refused.
   */
  public Started start(String townCode, Quarter quarter) {
    OrganisationUnit town = units.findById(townCode).filter(OrganisationUnit::isTown)
        .orElseThrow(() -> new NotFoundException("区镇 " + townCode + " 不存在"));
    LocalDate today = workingDays.today();
    if (quarter.firstDay().isAfter(today)) {
      throw new InvalidRequestException(quarter.label() + "尚未开始（今天是 " + today + "），不能发起工作汇报");
    }
    Set<Long> reported = new HashSet<>(reports.workersWithReport(town.getCode(), quarter.year(), quarter.number()));
    int already = 0;
    int failed = 0;
    List<String> started = new ArrayList<>();
    for (Worker worker : inService(town.getCode())) {
      if (reported.contains(worker.getId())) {
        already++;
        continue;
      }
      try {
        ownTransaction.executeWithoutResult(status -> asSystem.run(() -> runtime.startProcessInstanceByKey(
            QuarterlyReportProcessVariables.PROCESS_KEY, QuarterlyReport.businessKey(worker.getId(), quarter),
            Map.of(QuarterlyReportProcessVariables.WORKER_ID, worker.getId(),
                QuarterlyReportProcessVariables.QUARTER, quarter.code()))));
        started.add(worker.getName());
      } catch (RuntimeException refused) {
        if (reports.find(worker.getId(), quarter.year(), quarter.number()).isPresent()) {
          already++; // started a moment ago elsewhere: the unique key kept it to one
        } else {
          failed++;
          log.warn("Quarterly report {} of worker {} not started: {}", quarter, worker.getId(), refused.getMessage());
        }
      }
    }
    LocalDate dueOn = service.dueOn(quarter);
    String message = town.getName() + quarter.label() + "工作汇报：新发起 " + started.size() + " 份，此前已发起 " + already + " 份"
        + (failed == 0 ? "" : "，" + failed + " 份未能发起（见日志）") + "；应于 " + dueOn + " 前提交";
    log.info("Quarter {} in {}: {} started, {} already started, {} failed", quarter, town.getCode(), started.size(),
        already, failed);
    return new Started(town.getCode(), town.getName(), quarter.code(), quarter.label(), dueOn.toString(),
        started.size(), already, failed, started, message);
  }

  private List<Worker> inService(String town) {
    List<Worker> found = new ArrayList<>();
    Page<Worker> page = workers.findByTownCodeInOrderById(List.of(town), PageRequest.of(0, PAGE));
    while (true) {
      page.getContent().stream().filter(Worker::inService).forEach(found::add);
      if (!page.hasNext()) {
        return found;
      }
      page = workers.findByTownCodeInOrderById(List.of(town), page.nextPageable());
    }
  }
}
