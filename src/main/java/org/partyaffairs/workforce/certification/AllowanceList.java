package org.partyaffairs.workforce.certification;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.partyaffairs.workforce.shared.IllegalTransitionException;

/**
 * The year's 红领津贴 list (002 专属待遇保障: 按资格等级，每年发放“红领津贴”), compiled from the certificates and their
 * 年检 and kept as compiled; the city office confirms it once. One per year.
 */
@Entity
public class AllowanceList {

  /** Compiled, waiting for the city office; confirmed. */
  enum Status {
    COMPILED("待确认"), CONFIRMED("已确认");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "list_year")
  private int year;

  @Enumerated(EnumType.STRING)
  private Status status;

  private int workers;

  private long total;

  private Instant compiledAt;

  private String confirmedBy;

  private Instant confirmedAt;

  private String note;

  private String processInstanceId;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "list_id", nullable = false)
  @OrderBy("townCode, workerId")
  private List<AllowanceLine> lines = new ArrayList<>();

  @Version
  private long version;

  protected AllowanceList() {
  }

  AllowanceList(int year, List<AllowanceLine> lines, Instant compiledAt, String processInstanceId) {
    this.year = year;
    this.lines.addAll(lines);
    this.workers = lines.size();
    this.total = lines.stream().mapToLong(AllowanceLine::getAllowance).sum();
    this.compiledAt = compiledAt;
    this.processInstanceId = processInstanceId;
    this.status = Status.COMPILED;
  }

  void confirm(String by, Instant at, String note) {
    if (status != Status.COMPILED) {
      throw new IllegalTransitionException(year + "年度红领津贴发放名单已确认，不能重复确认");
    }
    this.status = Status.CONFIRMED;
    this.confirmedBy = by;
    this.confirmedAt = at;
    this.note = note;
  }

  /** One line for people: 2026年度红领津贴：12 人，合计 43200 元. */
  String summary() {
    return year + "年度红领津贴：" + workers + " 人，合计 " + total + " 元（" + lines.stream().filter(line -> line.getAllowance() > 0)
        .count() + " 人发放）";
  }

  public Long getId() {
    return id;
  }

  public int getYear() {
    return year;
  }

  Status getStatus() {
    return status;
  }

  public int getWorkers() {
    return workers;
  }

  public long getTotal() {
    return total;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public String getNote() {
    return note;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public List<AllowanceLine> getLines() {
    return lines;
  }
}
