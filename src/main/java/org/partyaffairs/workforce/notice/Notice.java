package org.partyaffairs.workforce.notice;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.shared.IllegalTransitionException;

/**
 * A public notice (公示): entries published from {@code opensAt} until {@code closesAt}, the end of
 * the period. An objection counts when it is raised before that instant, one second before as
 * well, never at or after it; the notice closes only once the period is over and every objection
 * is resolved.
 */
@Entity
public class Notice {

  /** Instants are shown to people in Beijing time. */
  private static final ZoneId SHOWN_IN = ZoneId.of("Asia/Shanghai");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String title;

  private String ownerGroup;

  private String townCode;

  private Instant opensAt;

  private Instant closesAt;

  private Instant closedAt;

  @Enumerated(EnumType.STRING)
  private NoticeStatus status;

  private String processInstanceId;

  @OneToMany(mappedBy = "notice", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<NoticeEntry> entries = new ArrayList<>();

  @OneToMany(mappedBy = "notice", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<Objection> objections = new ArrayList<>();

  @Version
  private long version;

  protected Notice() {
  }

  Notice(String title, String ownerGroup, String townCode, Instant opensAt, Instant closesAt,
      String processInstanceId) {
    this.title = title;
    this.ownerGroup = ownerGroup;
    this.townCode = townCode;
    this.opensAt = opensAt;
    this.closesAt = closesAt;
    this.processInstanceId = processInstanceId;
    this.status = NoticeStatus.OPEN;
  }

  void publish(String recordType, String recordId, String summary, String value) {
    entries.add(new NoticeEntry(this, recordType, recordId, summary, value));
  }

  Objection object(Long entryId, String grounds, String objector, String idempotencyKey, Instant at) {
    if (status == NoticeStatus.CLOSED || !at.isBefore(closesAt)) {
      throw new NoticeClosedException("公示「" + title + "」已于 " + closesAt.atZone(SHOWN_IN).toLocalDateTime()
          + " 期满，不再受理异议");
    }
    Objection objection = new Objection(this, entry(entryId), grounds, objector, idempotencyKey, at);
    objections.add(objection);
    return objection;
  }

  void close(Instant at) {
    if (at.isBefore(closesAt)) {
      throw new IllegalTransitionException("公示「" + title + "」的公示期尚未届满");
    }
    if (openObjections() > 0) {
      throw new IllegalTransitionException("公示「" + title + "」还有 " + openObjections() + " 条异议未处理");
    }
    status = NoticeStatus.CLOSED;
    closedAt = at;
  }

  public long openObjections() {
    return objections.stream().filter(objection -> !objection.isResolved()).count();
  }

  public NoticeEntry entry(Long entryId) {
    return entries.stream().filter(entry -> entry.getId().equals(entryId)).findFirst()
        .orElseThrow(() -> new NotFoundException("公示「" + title + "」没有条目 " + entryId));
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getOwnerGroup() {
    return ownerGroup;
  }

  public String getTownCode() {
    return townCode;
  }

  public Instant getOpensAt() {
    return opensAt;
  }

  public Instant getClosesAt() {
    return closesAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public NoticeStatus getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public List<NoticeEntry> getEntries() {
    return List.copyOf(entries);
  }

  public List<Objection> getObjections() {
    return List.copyOf(objections);
  }
}
