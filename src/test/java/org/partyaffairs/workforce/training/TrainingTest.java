package org.partyaffairs.workforce.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.test.util.ReflectionTestUtils;

/** A training guards its own list (000 第十一条; 002 培训测试合格): scores, pass marks, each worker once. */
class TrainingTest {

  private static final Instant NOW = Instant.parse("2026-03-06T08:00:00Z");
  private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");

  @Test
  void aScoreAtThePassMarkPassesAndOneTenthBelowFails() {
    Training training = tested("60");
    assertThat(training.record(worker(1, "甲"), true, new BigDecimal("60"), "office", NOW).isPassed()).isTrue();
    assertThat(training.record(worker(2, "乙"), true, new BigDecimal("59.9"), "office", NOW).isPassed()).isFalse();
    assertThat(training.record(worker(3, "丙"), false, null, "office", NOW).isPassed()).isFalse();
  }

  @Test
  void aTrainingWithoutATestIsPassedByAttendingAndTakesNoScore() {
    Training training = untested();
    assertThat(training.record(worker(1, "甲"), true, null, "office", NOW).isPassed()).isTrue();
    assertThat(training.record(worker(2, "乙"), false, null, "office", NOW).isPassed()).isFalse();
    assertThatThrownBy(() -> training.record(worker(3, "丙"), true, new BigDecimal("80"), "office", NOW))
        .isInstanceOf(InvalidRequestException.class).hasMessage("丙：本次培训没有测试，不能登记成绩");
  }

  @Test
  void aScoreAbove100OrBelow0OrWithTwoDecimalsIsRefusedAndNothingIsAdded() {
    Training training = tested("60");
    assertThatThrownBy(() -> training.record(worker(1, "甲"), true, new BigDecimal("100.5"), "office", NOW))
        .hasMessageContaining("成绩须在 0 到 100 之间，收到 100.5");
    assertThatThrownBy(() -> training.record(worker(1, "甲"), true, new BigDecimal("-1"), "office", NOW))
        .hasMessageContaining("须在 0 到 100 之间");
    assertThatThrownBy(() -> training.record(worker(1, "甲"), true, new BigDecimal("80.25"), "office", NOW))
        .hasMessageContaining("最多保留 1 位小数");
    assertThat(training.getResults()).isEmpty();
    assertThat(training.record(worker(1, "甲"), true, new BigDecimal("100"), "office", NOW).isPassed()).isTrue();
  }

  @Test
  void aWorkerIsOnTheListOnlyOnce() {
    Training training = tested("60");
    training.record(worker(1, "甲"), true, new BigDecimal("70"), "office", NOW);
    assertThatThrownBy(() -> training.record(worker(1, "甲"), true, new BigDecimal("90"), "office", NOW))
        .hasMessage("甲：已在本次培训的名单中登记过，不能重复登记");
    assertThat(training.getResults()).hasSize(1);
  }

  @Test
  void anAbsentWorkerHasNoScoreAndAnAttendingOneOfATestedTrainingNeedsOne() {
    Training training = tested("60");
    assertThatThrownBy(() -> training.record(worker(1, "甲"), false, new BigDecimal("70"), "office", NOW))
        .hasMessage("甲：未参加培训，不能登记成绩");
    assertThatThrownBy(() -> training.record(worker(1, "甲"), true, null, "office", NOW))
        .hasMessage("甲：本次培训有测试，参加者须登记成绩（0–100）");
  }

  @Test
  void aPassMarkOutside0To100AndDatesInTheWrongOrderAreRefused() {
    assertThatThrownBy(() -> new Training(TrainingKind.PRE_POST, "任前培训", MONDAY, MONDAY, "市委两新工委办公室",
        new BigDecimal("101"), "office", NOW)).hasMessageContaining("合格分（passMark）须在 0 到 100 之间");
    assertThatThrownBy(() -> new Training(TrainingKind.PRE_POST, "任前培训", MONDAY, MONDAY.minusDays(1), "办公室",
        null, "office", NOW)).hasMessageContaining("早于开始日期");
    assertThatThrownBy(() -> new Training(null, "任前培训", MONDAY, MONDAY, "办公室", null, "office", NOW))
        .hasMessageContaining("请选择培训类别");
    assertThatThrownBy(() -> new Training(TrainingKind.REGULAR, " ", MONDAY, MONDAY, "办公室", null, "office", NOW))
        .hasMessageContaining("请填写培训名称");
  }

  private static Training tested(String passMark) {
    return new Training(TrainingKind.PRE_POST, "2026年任前培训", MONDAY, MONDAY.plusDays(4), "市委“两新”工委办公室",
        new BigDecimal(passMark), "office", NOW);
  }

  private static Training untested() {
    return new Training(TrainingKind.REGULAR, "学习交流", MONDAY, MONDAY, "昆山开发区组织部门", null, "office", NOW);
  }

  private static Worker worker(long id, String name) {
    Worker worker = Worker.candidate(name, "kfq", null, NOW);
    ReflectionTestUtils.setField(worker, "id", id);
    return worker;
  }
}
