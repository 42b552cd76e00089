package org.partyaffairs.workforce.resignation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.partyaffairs.workforce.deadline.WorkingDays;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.Departures;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerStatus;
import org.slf4j.Logger;
import org.springframework.context.ApplicationEventPublisher;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resignation under 000 第十六条: the worker applies in writing to the town organisation dept, the
 * town committee studies it and agrees, the city office files it. Every step checks who may take it
 * and refuses anything else before writing, and lands on the worker's trail.
 */
@Service
@Transactional
public class ResignationService {

  private static final Logger log = LoggerFactory.getLogger(ResignationService.class);
  /**
   * 劳动合同法 第三十七条: 劳动者提前三十日以书面形式通知用人单位，可以解除劳动合同. The decision is due
   * when these days have run from the receipt of the written application.
   */
  public static final int NOTICE_DAYS = 30;

  private static final List<ResignationStatus> OPEN =
      Arrays.stream(ResignationStatus.values()).filter(ResignationStatus::isOpen).toList();

  private final ResignationRepository resignations;
  private final WorkerRepository workers;
  private final Trail trail;
  private final Departures departures;
  private final Clock clock;
  private final WorkingDays workingDays;
  private final ApplicationEventPublisher events;

  ResignationService(ResignationRepository resignations, WorkerRepository workers, Trail trail,
      Departures departures, Clock clock, WorkingDays workingDays, ApplicationEventPublisher events) {
    this.events = events;
    this.workingDays = workingDays;
    this.resignations = resignations;
    this.workers = workers;
    this.trail = trail;
    this.departures = departures;
    this.clock = clock;
  }

  /**
   * Registers a written application.
   *
   * @param workerId the worker resigning; null means the applicant themselves
   * @param town the town the process instance belongs to
   */
  public Resignation submit(Actor applicant, Long workerId, String reason, LocalDate lastWorkingDay,
      String processInstanceId, String town) {
    Worker worker = workerId == null ? ownWorkerRecord(applicant) : worker(workerId, applicant);
    if (!worker.getTownCode().equals(town)) {
      throw new InvalidRequestException("工作者 " + worker.getName() + " 不属于本流程所在区镇 " + town);
    }
    boolean self = applicant.userId().equals(worker.getUserId());
    if (!self && !applicant.isSystem() && !applicant.isMemberOf(Groups.townOrg(town))) {
      throw new InvalidRequestException("辞职申请须由本人或所在区镇组织部门提交");
    }
    if (!worker.inService()) {
      throw new InvalidRequestException(
          "工作者 " + worker.getName() + " 当前状态为「" + worker.getStatus().label() + "」，不能申请辞职");
    }
    LocalDate today = LocalDate.now(clock);
    if (lastWorkingDay.isBefore(today)) {
      throw new InvalidRequestException("拟最后工作日 " + lastWorkingDay + " 已过，不能早于今天 " + today);
    }
    if (resignations.existsByWorkerIdAndStatusIn(worker.getId(), OPEN)) {
      throw new InvalidRequestException("工作者 " + worker.getName() + " 已有办理中的辞职申请");
    }
    Resignation resignation = resignations.save(
        new Resignation(worker, applicant.userId(), reason, lastWorkingDay, processInstanceId, clock.instant()));
    trail.record(worker, "RESIGNATION_SUBMITTED", "提交书面辞职申请，拟最后工作日 " + lastWorkingDay + "，理由：" + reason,
        applicant.userId(), processInstanceId, Article.KUNSHAN_16);
    log.info("Resignation {} of worker {} submitted by {}", resignation.getId(), worker.getId(), applicant.userId());
    return resignation;
  }

  /**
   * The town organisation dept confirms it holds the written application. Answers the day the
   * committee's decision is due: {@value #NOTICE_DAYS} days after the receipt (劳动合同法 第三十七条).
   */
  public LocalDate receive(String processInstanceId, Actor receiver, boolean writtenApplicationReceived, String note) {
    if (!writtenApplicationReceived) {
      throw new InvalidRequestException("辞职须以书面形式提出：请确认已收到本人书面申请");
    }
    Resignation resignation = of(processInstanceId);
    resignation.receive(receiver.userId(), clock.instant());
    LocalDate due = noticeEnds(resignation);
    trail.record(resignation.getWorker(), "RESIGNATION_RECEIVED",
        "区镇组织部门接收书面辞职申请" + (note == null ? "" : "：" + note) + "。" + noticeRule(due), receiver.userId(),
        processInstanceId, Article.KUNSHAN_16);
    return due;
  }

  /**
   * The last day of the {@value #NOTICE_DAYS} days' written notice: counted from the day after the
   * receipt (民法典 第二百零一条), moved to the next working day when it is a holiday or a weekend
   * (第二百零三条). The committee's decision is due by the end of it.
   */
  public LocalDate noticeEnds(Resignation resignation) {
    Instant received = resignation.getReceivedAt() == null ? clock.instant() : resignation.getReceivedAt();
    return workingDays.onOrAfter(workingDays.dayOf(Date.from(received)).plusDays(NOTICE_DAYS));
  }

  /** What 劳动合同法 第三十七条 means for this resignation, as the trail and the decision form say it. */
  static String noticeRule(LocalDate noticeEnds) {
    return "依《劳动合同法》第三十七条，劳动者提前三十日以书面形式通知用人单位，可以解除劳动合同：自书面申请接收之日起满三十日（"
        + noticeEnds + "）后，无论区镇党（工）委是否同意，劳动合同均可解除；研究决定应在该日前作出";
  }

  /** The town committee's decision; returns whether it agreed. */
  public boolean decide(String processInstanceId, Actor committee, ResignationDecision decision, String reason) {
    Resignation resignation = of(processInstanceId);
    LocalDate noticeEnds = noticeEnds(resignation);
    if (decision == ResignationDecision.AGREE) {
      resignation.agree(committee.userId(), clock.instant());
      trail.record(resignation.getWorker(), "RESIGNATION_AGREED", "区镇党（工）委研究同意辞职"
          + (reason == null ? "" : "：" + reason) + "（劳动合同法 第三十七条：书面申请接收满三十日，即 " + noticeEnds
          + " 后，劳动合同可以解除）", committee.userId(), processInstanceId, Article.KUNSHAN_16);
      events.publishEvent(new ResignationDecided(resignation.getWorker().getId(), resignation.getApplicant(), true,
          processInstanceId));
      return true;
    }
    resignation.reject(committee.userId(), clock.instant(), reason);
    trail.record(resignation.getWorker(), "RESIGNATION_REJECTED", "区镇党（工）委不同意辞职：" + reason
        + "。不同意不能阻止劳动合同的解除：依《劳动合同法》第三十七条，本人坚持辞职的，自书面申请接收满三十日（" + noticeEnds
        + "）后可以解除劳动合同；本辞职程序到此结束，工作者仍在岗", committee.userId(), processInstanceId,
        Article.KUNSHAN_16);
    events.publishEvent(new ResignationDecided(resignation.getWorker().getId(), resignation.getApplicant(), false,
        processInstanceId));
    return false;
  }

  /** The city office files the agreed resignation (备案). */
  public void file(String processInstanceId, Actor office, String filingNumber) {
    Resignation resignation = of(processInstanceId);
    resignation.file(office.userId(), clock.instant(), filingNumber);
    trail.record(resignation.getWorker(), "RESIGNATION_FILED", "市委\"两新\"工委办公室备案，备案号 " + filingNumber,
        office.userId(), processInstanceId, Article.KUNSHAN_16);
  }

  /**
   * After filing, once the agreed last working day has ended: the worker leaves service and their
   * post falls vacant (and, hearing {@code ServiceEnded}, the account capability ends their access). Safe to run again (a
   * retried job): a worker already resigned is left as is.
   */
  public void endService(String processInstanceId) {
    Resignation resignation = of(processInstanceId);
    if (resignation.getStatus() != ResignationStatus.FILED) {
      throw new InvalidRequestException("辞职申请 " + resignation.getId() + " 尚未备案，不能办理离岗");
    }
    Worker worker = workers.lockById(resignation.getWorker().getId()).orElseThrow();
    if (worker.getStatus() == WorkerStatus.RESIGNED) {
      log.info("Worker {} already resigned; nothing to do for {}", worker.getId(), processInstanceId);
      return;
    }
    worker.resign();
    trail.record(worker, "WORKER_RESIGNED", "最后工作日 " + resignation.getLastWorkingDay()
        + " 已结束，辞职生效：不再担任专职党务工作者，岗位空缺，账号停用",
        resignation.getFiledBy(), processInstanceId, Article.KUNSHAN_16);
    departures.announce(worker, processInstanceId);
    log.info("Worker {} resigned ({})", worker.getId(), processInstanceId);
  }

  /** The worker left service another way first (dismissed): the resignation ends without effect. */
  public void withdraw(String processInstanceId, String workerLeftAs) {
    Resignation resignation = of(processInstanceId);
    resignation.withdraw();
    trail.record(resignation.getWorker(), "RESIGNATION_WITHDRAWN", "工作者" + workerLeftAs + "，辞职程序终止", "system",
        processInstanceId, Article.KUNSHAN_16);
  }

  @Transactional(readOnly = true)
  public Resignation of(String processInstanceId) {
    return resignations.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotFoundException("流程 " + processInstanceId + " 没有辞职申请记录"));
  }

  private Worker ownWorkerRecord(Actor applicant) {
    return workers.findByUserId(applicant.userId())
        .orElseThrow(() -> new InvalidRequestException("您不是专职党务工作者本人：请指定要登记辞职的工作者编号"));
  }

  private Worker worker(Long id, Actor applicant) {
    Worker worker = workers.findById(id).orElseThrow(() -> new NotFoundException("工作者 " + id + " 不存在"));
    if (!applicant.canActFor(worker.getTownCode())) {
      throw new InvalidRequestException("工作者 " + id + " 不属于您所在的区镇");
    }
    return worker;
  }
}
