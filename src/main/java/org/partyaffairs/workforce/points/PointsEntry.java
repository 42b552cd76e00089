package org.partyaffairs.workforce.points;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.partyaffairs.workforce.shared.IllegalTransitionException;
import org.partyaffairs.workforce.shared.InvalidRequestException;

/**
 * One line of a points ledger: an event of 004 附件2 (item, count, level, the day it happened) with its
 * evidence or two witnesses, or a 一票否决 (items 1–6). A claimed bonus or a veto starts PROPOSED and is
 * accepted or refused once, a refusal with its reason; a correction supersedes an accepted line.
 * Each step is allowed only from the state before it.
 */
@Entity
public class PointsEntry {

  /** Items 1–6 of 附件1 一票否决. */
  static final int LAST_VETO = 6;
  /** Items 7–14 of 附件2 add points. */
  static final int FIRST_BONUS = 7;
  static final int LAST_BONUS = 14;
  /** Items 15–23 of 附件2 deduct points. */
  static final int LAST_ITEM = 23;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ledger_id")
  private PointsLedger ledger;

  private int item;

  @Column(name = "item_count")
  private int count;

  @Column(name = "item_level")
  private String level;

  private LocalDate occurredOn;

  private String evidence;

  private String witness1;

  private String witness2;

  @Enumerated(EnumType.STRING)
  private PointsEntrySource source;

  @Enumerated(EnumType.STRING)
  private PointsEntryState state;

  private String reason;

  private String recordedBy;

  private Instant recordedAt;

  private String decidedBy;

  private Instant decidedAt;

  @Column(name = "corrects_id")
  private Long corrects;

  private String processInstanceId;

  @Version
  private long version;

  protected PointsEntry() {
  }

  PointsEntry(PointsLedger ledger, int item, int count, String level, LocalDate occurredOn, String evidence,
      String witness1, String witness2, PointsEntrySource source, String reason, Long corrects, String recordedBy,
      Instant recordedAt) {
    this.ledger = ledger;
    this.item = item;
    this.count = count;
    this.level = level;
    this.occurredOn = occurredOn;
    this.evidence = evidence;
    this.witness1 = witness1;
    this.witness2 = witness2;
    this.source = source;
    this.reason = reason;
    this.corrects = corrects;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    // A claim waits for the department and a veto for the committee; the department's own lines count at once.
    this.state = source == PointsEntrySource.CLAIMED || isVeto() ? PointsEntryState.PROPOSED : PointsEntryState.ACCEPTED;
  }

  void startedBy(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void accept(String by, Instant at, String note) {
    advance(PointsEntryState.PROPOSED, PointsEntryState.ACCEPTED);
    decided(by, at, note);
  }

  void refuse(String by, Instant at, String why) {
    if (why == null || why.isBlank()) {
      throw new InvalidRequestException("不予认定时必须说明理由");
    }
    advance(PointsEntryState.PROPOSED, PointsEntryState.REFUSED);
    decided(by, at, why);
  }

  /** Replaced by a correction line, which carries the reason. */
  void supersede(String by, Instant at) {
    advance(PointsEntryState.ACCEPTED, PointsEntryState.SUPERSEDED);
    decidedBy = by;
    decidedAt = at;
  }

  private void decided(String by, Instant at, String note) {
    decidedBy = by;
    decidedAt = at;
    reason = note;
  }

  private void advance(PointsEntryState from, PointsEntryState to) {
    if (state != from) {
      throw new IllegalTransitionException("积分台账第 " + id + " 条当前为「" + state.label() + "」，不能变为「" + to.label() + "」");
    }
    state = to;
  }

  public boolean isVeto() {
    return item <= LAST_VETO;
  }

  public boolean isBonus() {
    return item >= FIRST_BONUS && item <= LAST_BONUS;
  }

  public boolean counts() {
    return state == PointsEntryState.ACCEPTED && count > 0;
  }

  /** The line as the ledger text of points-score reads it: {@code 13 1 city}, or {@code 否决 2}. */
  String asLedgerLine() {
    return isVeto() ? "否决 " + item : item + " " + count + (level == null ? "" : " " + level);
  }

  /** What the line says, as people read it: 第13项 ×1（市级表彰）. */
  public String describe() {
    return isVeto() ? "一票否决第" + item + "项" : "第" + item + "项 ×" + count + (level == null ? "" : "（" + levelLabel(level) + "）");
  }

  /** The levels of 004 附件2 in Chinese; an unknown one (refused by points-score before) as written. */
  static String levelLabel(String level) {
    return LEVELS.getOrDefault(level, level);
  }

  private static final java.util.Map<String, String> LEVELS = java.util.Map.ofEntries(
      java.util.Map.entry("committee", "市直机关工委表彰"), java.util.Map.entry("city", "市级表彰"),
      java.util.Map.entry("province", "省级表彰"), java.util.Map.entry("national", "国家级表彰"),
      java.util.Map.entry("strong-reaction", "群众反响强烈"), java.util.Map.entry("on-leave", "请假缺席超过2次"),
      java.util.Map.entry("relative", "涉及直系亲属"), java.util.Map.entry("warning", "警告"),
      java.util.Map.entry("serious-warning", "严重警告"), java.util.Map.entry("removal", "撤销党内职务"),
      java.util.Map.entry("probation", "留党察看"));

  public Long getId() {
    return id;
  }

  public PointsLedger getLedger() {
    return ledger;
  }

  public int getItem() {
    return item;
  }

  public int getCount() {
    return count;
  }

  public String getLevel() {
    return level;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public String getEvidence() {
    return evidence;
  }

  public String getWitness1() {
    return witness1;
  }

  public String getWitness2() {
    return witness2;
  }

  public PointsEntrySource getSource() {
    return source;
  }

  public PointsEntryState getState() {
    return state;
  }

  public String getReason() {
    return reason;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Long getCorrects() {
    return corrects;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
