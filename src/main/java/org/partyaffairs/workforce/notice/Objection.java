package org.partyaffairs.workforce.notice;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.partyaffairs.workforce.shared.IllegalTransitionException;

/**
 * An objection (异议) to one entry of a notice, investigated by the owning group: explained to the
 * objector, or corrected. Each outcome is taken once: a second investigator finds it resolved.
 */
@Entity
@Table(name = "notice_objection")
public class Objection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "notice_id")
  private Notice notice;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "entry_id")
  private NoticeEntry entry;

  private String grounds;

  private String objector;

  private String idempotencyKey;

  private Instant raisedAt;

  @Enumerated(EnumType.STRING)
  private ObjectionStatus status;

  private String reply;

  private String correctedValue;

  private String resolvedBy;

  private Instant resolvedAt;

  @Version
  private long version;

  protected Objection() {
  }

  Objection(Notice notice, NoticeEntry entry, String grounds, String objector, String idempotencyKey, Instant at) {
    this.notice = notice;
    this.entry = entry;
    this.grounds = grounds;
    this.objector = objector;
    this.idempotencyKey = idempotencyKey;
    this.raisedAt = at;
    this.status = ObjectionStatus.OPEN;
  }

  void explain(String reply, String by, Instant at) {
    requireStatus(ObjectionStatus.OPEN);
    this.reply = reply;
    this.resolvedBy = by;
    this.resolvedAt = at;
    this.status = ObjectionStatus.EXPLAINED;
  }

  void startCorrection(String value, String reason, String by) {
    requireStatus(ObjectionStatus.OPEN);
    this.correctedValue = value;
    this.reply = reason;
    this.resolvedBy = by;
    this.status = ObjectionStatus.CORRECTING;
  }

  void corrected(String appliedValue, Instant at) {
    requireStatus(ObjectionStatus.CORRECTING);
    this.correctedValue = appliedValue;
    this.resolvedAt = at;
    this.status = ObjectionStatus.CORRECTED;
  }

  private void requireStatus(ObjectionStatus expected) {
    if (status != expected) {
      throw new IllegalTransitionException("异议 " + id + " 当前为「" + status.label() + "」，不能再处理");
    }
  }

  public boolean isResolved() {
    return status.isResolved();
  }

  public Long getId() {
    return id;
  }

  public Notice getNotice() {
    return notice;
  }

  public NoticeEntry getEntry() {
    return entry;
  }

  public String getGrounds() {
    return grounds;
  }

  public String getObjector() {
    return objector;
  }


  public Instant getRaisedAt() {
    return raisedAt;
  }

  public ObjectionStatus getStatus() {
    return status;
  }

  public String getReply() {
    return reply;
  }

  public String getCorrectedValue() {
    return correctedValue;
  }

}
