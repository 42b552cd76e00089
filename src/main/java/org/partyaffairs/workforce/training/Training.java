package org.partyaffairs.workforce.training;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.worker.Worker;

/**
 * A training the city office registered (000 第十一条), with its list of attendance and results. It
 * guards what may be on the list: a score only where there is a test, 0–100 with one decimal, and
 * every worker at most once; whether a worker passed is computed here from the pass mark, never
 * taken from the caller.
 */
@Entity
public class Training {

  static final BigDecimal MAX_SCORE = new BigDecimal("100");
  static final int MAX_TEXT = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private TrainingKind kind;

  private String title;

  private LocalDate startsOn;

  private LocalDate endsOn;

  private String organiser;

  /** Null: a training without a test (attending completes it). */
  private BigDecimal passMark;

  private String registeredBy;

  private Instant registeredAt;

  @OneToMany(mappedBy = "training")
  private List<TrainingResult> results = new ArrayList<>();

  @Version
  private long version;

  protected Training() {
  }

  Training(TrainingKind kind, String title, LocalDate startsOn, LocalDate endsOn, String organiser,
      BigDecimal passMark, String registeredBy, Instant registeredAt) {
    if (kind == null) {
      throw new InvalidRequestException("请选择培训类别（kind）：PRE_POST 任前培训或 REGULAR 日常培训");
    }
    this.title = text("培训名称（title）", title);
    this.organiser = text("主办单位（organiser）", organiser);
    if (startsOn == null || endsOn == null) {
      throw new InvalidRequestException("请填写培训开始日期（startsOn）和结束日期（endsOn），格式 yyyy-MM-dd");
    }
    if (endsOn.isBefore(startsOn)) {
      throw new InvalidRequestException("培训结束日期 " + endsOn + " 早于开始日期 " + startsOn);
    }
    if (passMark != null) {
      score("合格分（passMark）", passMark);
    }
    this.kind = kind;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.passMark = passMark;
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
  }

  /** A line's fault: which of its fields ({@link ResultList.Field}) and why. */
  record Finding(ResultList.Field field, String message) {
  }

  /**
   * Puts one worker's attendance and result on the list; refused (nothing added) when the worker is
   * on it already, when a score is given without a test or is out of range, when someone who did
   * not attend has a score, or when someone who sat the test has none.
   */
  TrainingResult record(Worker worker, boolean attended, BigDecimal score, String by, Instant at) {
    findingFor(worker.getId(), attended, score).ifPresent(finding -> {
      throw new InvalidRequestException(worker.getName() + "：" + finding.message());
    });
    TrainingResult result = new TrainingResult(this, worker, attended, score, passes(attended, score), by, at);
    results.add(result);
    return result;
  }

  /** What would refuse this line, without adding it: the bulk upload asks this of every line first. */
  Optional<Finding> findingFor(Long workerId, boolean attended, BigDecimal score) {
    if (results.stream().anyMatch(r -> r.getWorkerId().equals(workerId))) {
      return Optional.of(new Finding(ResultList.Field.WORKER, "已在本次培训的名单中登记过，不能重复登记"));
    }
    if (score != null && passMark == null) {
      return Optional.of(new Finding(ResultList.Field.SCORE, "本次培训没有测试，不能登记成绩"));
    }
    if (score != null && !attended) {
      return Optional.of(new Finding(ResultList.Field.SCORE, "未参加培训，不能登记成绩"));
    }
    if (score == null && attended && passMark != null) {
      return Optional.of(new Finding(ResultList.Field.SCORE, "本次培训有测试，参加者须登记成绩（0–100）"));
    }
    if (score != null) {
      try {
        score("成绩", score);
      } catch (InvalidRequestException e) {
        return Optional.of(new Finding(ResultList.Field.SCORE, e.getMessage()));
      }
    }
    return Optional.empty();
  }

  /** With a test: attended and scored at or above the pass mark; without one: attended. */
  private boolean passes(boolean attended, BigDecimal score) {
    return attended && (passMark == null || score.compareTo(passMark) >= 0);
  }

  private static String text(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException("请填写" + name);
    }
    if (value.strip().length() > MAX_TEXT) {
      throw new InvalidRequestException(name + "不能超过 " + MAX_TEXT + " 个字");
    }
    return value.strip();
  }

  private static void score(String name, BigDecimal value) {
    if (value.signum() < 0 || value.compareTo(MAX_SCORE) > 0) {
      throw new InvalidRequestException(name + "须在 0 到 100 之间，收到 " + value.stripTrailingZeros().toPlainString());
    }
    if (value.stripTrailingZeros().scale() > 1) {
      throw new InvalidRequestException(name + "最多保留 1 位小数，收到 " + value.toPlainString());
    }
  }

  public boolean hasTest() {
    return passMark != null;
  }

  public Long getId() {
    return id;
  }

  public TrainingKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public String getOrganiser() {
    return organiser;
  }

  public BigDecimal getPassMark() {
    return passMark;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public List<TrainingResult> getResults() {
    return Collections.unmodifiableList(results);
  }
}
