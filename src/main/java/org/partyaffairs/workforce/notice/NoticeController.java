package org.partyaffairs.workforce.notice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.web.Pages;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notices of the caller's towns, and objections to them. The same objection sent twice with the
 * same {@code Idempotency-Key} is recorded once and answered with the first one.
 */
@Tag(name = "公示", description = "考核结果等公示及异议（7 天公示期）")
@RestController
@RequestMapping("/api/notices")
@Transactional
class NoticeController {

  record EntryView(Long id, String recordType, String recordId, String summary, String publishedValue,
      String currentValue) {
  }

  /** The objector sees their own objections whole; others see the finding but not who objected. */
  record ObjectionView(Long id, Long entryId, String grounds, String objector, Instant raisedAt, ObjectionStatus status,
      String statusLabel, String reply, String correctedValue) {

    static ObjectionView of(Objection objection, Actor viewer) {
      boolean own = objection.getObjector().equals(viewer.userId())
          || viewer.isMemberOf(objection.getNotice().getOwnerGroup());
      return new ObjectionView(objection.getId(), objection.getEntry().getId(), objection.getGrounds(),
          own ? objection.getObjector() : null, objection.getRaisedAt(), objection.getStatus(),
          objection.getStatus().label(), objection.getReply(), objection.getCorrectedValue());
    }
  }

  record NoticeView(Long id, String title, String town, NoticeStatus status, Instant opensAt, Instant closesAt,
      Instant closedAt, long openObjections, List<EntryView> entries, List<ObjectionView> objections) {

    static NoticeView of(Notice notice, Actor viewer) {
      return new NoticeView(notice.getId(), notice.getTitle(), notice.getTownCode(), notice.getStatus(),
          notice.getOpensAt(), notice.getClosesAt(), notice.getClosedAt(), notice.openObjections(),
          notice.getEntries().stream().map(entry -> new EntryView(entry.getId(), entry.getRecordType(),
              entry.getRecordId(), entry.getSummary(), entry.getPublishedValue(), entry.getCurrentValue())).toList(),
          notice.getObjections().stream().map(objection -> ObjectionView.of(objection, viewer)).toList());
    }
  }

  private final NoticeService notices;
  private final CurrentActor currentActor;

  NoticeController(NoticeService notices, CurrentActor currentActor) {
    this.notices = notices;
    this.currentActor = currentActor;
  }

  @Operation(summary = "可见的公示（分页）")
  @GetMapping
  ResponseEntity<List<NoticeView>> list(Pageable page) {
    Actor actor = currentActor.get();
    return Pages.of(notices.visible(actor, Pages.unsorted(page)), notice -> NoticeView.of(notice, actor));
  }

  @Operation(summary = "一次公示及其条目、异议")
  @GetMapping("/{id}")
  NoticeView get(@PathVariable long id) {
    Actor actor = currentActor.get();
    return NoticeView.of(notices.get(id, actor), actor);
  }

  @Operation(summary = "对公示条目提出异议")
  @PostMapping("/{id}/objections")
  ResponseEntity<ObjectionView> object(@PathVariable long id, @RequestBody Map<String, Object> body,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    Actor actor = currentActor.get();
    String key = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString()
        : FormValues.requiredText("Idempotency-Key", idempotencyKey, 100);
    Long entryId = FormValues.optionalId("entryId", body.get("entryId"));
    if (entryId == null) {
      throw new InvalidRequestException("请指定异议针对的公示条目（entryId）");
    }
    NoticeService.Raised raised = notices.object(id, entryId,
        FormValues.requiredText("异议理由", body.get("grounds"), 2000), key, actor);
    return ResponseEntity.status(raised.isNew() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(ObjectionView.of(raised.objection(), actor));
  }
}
