package org.partyaffairs.workforce.notice;

import static org.partyaffairs.workforce.notice.NoticeProcessVariables.*;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.AsSystem;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.slf4j.Logger;
import org.springframework.context.ApplicationEventPublisher;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public notices with objections (004 年度公示: 公示时间为7天 … 有异议的 … 调查核实，情况明确的解释说明，记分有误的及时纠正).
 */
@Service
@Transactional
public class NoticeService {

  private static final Logger log = LoggerFactory.getLogger(NoticeService.class);

  /** An objection as raised, and whether this request raised it (false: the same key came again). */
  public record Raised(Objection objection, boolean isNew) {
  }

  /** One line of a notice as a caller publishes it and gets it back. */
  public record Entry(String recordType, String recordId, String summary, String value) {
  }

  private final NoticeRepository notices;
  private final ObjectionRepository objections;
  private final List<NoticeEntryOwner> owners;
  private final RuntimeService runtime;
  private final AsSystem asSystem;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  NoticeService(NoticeRepository notices, ObjectionRepository objections, List<NoticeEntryOwner> owners,
      RuntimeService runtime, AsSystem asSystem, Clock clock, ApplicationEventPublisher events) {
    this.events = events;
    this.notices = notices;
    this.objections = objections;
    this.owners = owners;
    this.runtime = runtime;
    this.asSystem = asSystem;
    this.clock = clock;
  }

  public Notice open(String title, String ownerGroup, String town, List<Entry> entries, Duration period,
      String processInstanceId) {
    if (entries.isEmpty()) {
      throw new InvalidRequestException("公示没有条目");
    }
    Notice notice = new Notice(title, ownerGroup, town, clock.instant(), clock.instant().plus(period),
        processInstanceId);
    entries.forEach(entry -> notice.publish(entry.recordType(), entry.recordId(), entry.summary(), entry.value()));
    log.info("Notice \"{}\" open until {} with {} entries", title, notice.getClosesAt(), entries.size());
    return notices.save(notice);
  }

  /**
   * Raises an objection, or answers the one already raised with the same key by the same person.
   * The investigation starts in the notice's process in the same transaction.
   */
  public Raised object(Long noticeId, Long entryId, String grounds, String idempotencyKey, Actor objector) {
    Notice notice = notices.lockById(noticeId).filter(found -> visibleTo(found, objector))
        .orElseThrow(() -> new NotFoundException("公示 " + noticeId + " 不存在"));
    Optional<Objection> again = objections.findByNoticeIdAndObjectorAndIdempotencyKey(noticeId, objector.userId(),
        idempotencyKey);
    if (again.isPresent()) {
      return new Raised(again.get(), false);
    }
    Objection objection = notice.object(entryId, grounds, objector.userId(), idempotencyKey, clock.instant());
    objections.saveAndFlush(objection);
    asSystem.run(() -> runtime.createMessageCorrelation(OBJECTION_MESSAGE)
        .processInstanceId(notice.getProcessInstanceId())
        .setVariablesLocal(Map.of(OBJECTION_ID, objection.getId(), OBJECTION_GROUNDS, grounds,
            ENTRY_SUMMARY, objection.getEntry().getSummary(), ENTRY_VALUE, objection.getEntry().getCurrentValue()))
        .setVariable(OPEN_OBJECTIONS, notice.openObjections())
        .correlate());
    log.info("Objection {} to notice {} entry {} by {}", objection.getId(), noticeId, entryId, objector.userId());
    return new Raised(objection, true);
  }

  /**
   * The owning group's finding. Returns whether a correction must now be applied; an explanation
   * resolves the objection at once.
   */
  public boolean investigate(Long objectionId, String processInstanceId, Actor investigator, ObjectionOutcome outcome,
      String reply, String correctedValue) {
    Objection objection = objectionOf(objectionId, processInstanceId);
    if (outcome == ObjectionOutcome.EXPLAINED) {
      objection.explain(reply, investigator.userId(), clock.instant());
      events.publishEvent(new ObjectionAnswered(objection.getId(), objection.getObjector(),
          objection.getNotice().getTitle(), false, processInstanceId));
      return false;
    }
    if (correctedValue == null) {
      throw new InvalidRequestException("纠正时必须填写纠正后的内容");
    }
    owner(objection.getEntry()).check(objection.getEntry().getRecordId(), correctedValue);
    objection.startCorrection(correctedValue, reply, investigator.userId());
    return true;
  }

  /** Applies a correction through the record's own service; a second run finds it done. */
  public void applyCorrection(Long objectionId, String processInstanceId, Actor actor) {
    Objection objection = objectionOf(objectionId, processInstanceId);
    if (objection.getStatus() == ObjectionStatus.CORRECTED) {
      return;
    }
    NoticeEntry entry = objection.getEntry();
    String applied = owner(entry).correct(entry.getRecordId(), objection.getCorrectedValue(), objection.getReply(),
        actor, processInstanceId);
    entry.correct(applied);
    objection.corrected(applied, clock.instant());
    events.publishEvent(new ObjectionAnswered(objection.getId(), objection.getObjector(), objection.getNotice().getTitle(),
        true, processInstanceId));
    log.info("Objection {} corrected entry {}: {} → {}", objectionId, entry.getId(), entry.getPublishedValue(), applied);
  }

  public long openObjections(String processInstanceId) {
    return notices.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotFoundException("流程 " + processInstanceId + " 没有公示")).openObjections();
  }

  /** Closes the notice once the period is over and nothing is open; answers the final entries. */
  public List<Entry> close(String processInstanceId) {
    Notice notice = lockedNoticeOf(processInstanceId);
    notice.close(clock.instant());
    log.info("Notice {} closed with {} objections", notice.getId(), notice.getObjections().size());
    return notice.getEntries().stream()
        .map(entry -> new Entry(entry.getRecordType(), entry.getRecordId(), entry.getSummary(), entry.getCurrentValue()))
        .toList();
  }

  /** The notices of a town that still take objections, for the objection form to offer. */
  @Transactional(readOnly = true)
  public List<Notice> objectable(String town, Actor actor) {
    return notices.findByTownCodeAndStatusAndClosesAtAfterOrderByIdDesc(town, NoticeStatus.OPEN, clock.instant())
        .stream().filter(notice -> visibleTo(notice, actor)).toList();
  }

  @Transactional(readOnly = true)
  public Page<Notice> visible(Actor actor, Pageable page) {
    return notices.findByTownCodeInOrderByIdDesc(actor.towns(), page);
  }

  @Transactional(readOnly = true)
  public Notice get(Long id, Actor actor) {
    return notices.findById(id).filter(notice -> visibleTo(notice, actor))
        .orElseThrow(() -> new NotFoundException("公示 " + id + " 不存在"));
  }

  private Notice lockedNoticeOf(String processInstanceId) {
    return notices.lockByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotFoundException("流程 " + processInstanceId + " 没有公示"));
  }

  /** The objection, provided it belongs to the notice of this process: a form cannot point elsewhere. */
  private Objection objectionOf(Long objectionId, String processInstanceId) {
    return objections.findById(objectionId)
        .filter(objection -> objection.getNotice().getProcessInstanceId().equals(processInstanceId))
        .orElseThrow(() -> new NotFoundException("本公示没有异议 " + objectionId));
  }

  private NoticeEntryOwner owner(NoticeEntry entry) {
    return owners.stream().filter(owner -> owner.recordType().equals(entry.getRecordType())).findFirst()
        .orElseThrow(() -> new InvalidRequestException("「" + entry.getRecordType() + "」类条目没有可纠正的记录"));
  }

  private static boolean visibleTo(Notice notice, Actor actor) {
    return actor.canActFor(notice.getTownCode());
  }
}
