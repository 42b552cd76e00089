package org.partyaffairs.workforce.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.assessment.ScoreSheetFiles;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.support.MySqlTestDatabase;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A training list uploaded as a spreadsheet on MySQL ({@code ./mvnw verify -Pmysql-it
 * -Dit.test=TrainingUploadMySqlIT}, database {@code workforce_training_it}): a bad cell records
 * nothing, the corrected file records every line with its trail entry, and the same file uploaded
 * twice at the same moment is recorded once — the second waits for the first and is refused as a
 * list already on record, never a database error.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test", "mysql"})
class TrainingUploadMySqlIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MySqlTestDatabase.register("workforce_training_it", registry);
  }

  private static final Actor OFFICE = Actor.user("office", Set.of("city-office"), Set.of("kfq", "huaqiao", "zhangpu"));

  @Autowired TrainingService service;
  @Autowired TrainingResultRepository results;
  @Autowired People people;
  @Autowired Trail trail;

  @Test
  void aBadCellRecordsNothingTheCorrectedFileRecordsEveryLineAndTwoUploadsAtOnceRecordItOnce() throws Exception {
    List<Worker> workers = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      workers.add(people.activeWorker(i % 2 == 0 ? "huaqiao" : "kfq", "库学员" + i));
    }
    Training training = service.register(OFFICE, new TrainingService.NewTraining(TrainingKind.PRE_POST,
        "MySQL 任前培训", LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-06"), "市委“两新”工委办公室",
        new BigDecimal("60")));
    List<Long> ids = workers.stream().map(Worker::getId).toList();
    byte[] template = ResultSheet.template(training, workers, service.townNames());

    byte[] bad = ScoreSheetFiles.fill(template, (number, row) -> {
      row.getCell(3).setCellValue("是");
      row.getCell(4).setCellValue(number == 4 ? 100.5 : 70 + number);
    });
    assertThatThrownBy(() -> service.record(OFFICE, training.getId(), ResultSheet.read(bad)))
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("第4行 E列：库学员3：成绩须在 0 到 100 之间");
    assertThat(ids).allSatisfy(id -> assertThat(results.ofWorker(id)).isEmpty());

    byte[] good = ScoreSheetFiles.fill(template, (number, row) -> {
      row.getCell(3).setCellValue(number == 6 ? "否" : "是");
      if (number != 6) {
        row.getCell(4).setCellValue(number == 2 ? 59.5 : 80);
      }
    });
    CountDownLatch both = new CountDownLatch(2);
    List<CompletableFuture<Object>> uploads = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      uploads.add(CompletableFuture.supplyAsync(() -> {
        both.countDown();
        try {
          both.await();
          return service.record(OFFICE, training.getId(), ResultSheet.read(good));
        } catch (InvalidRequestException refused) {
          return refused;
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    List<Object> answers = uploads.stream().map(CompletableFuture::join).toList();
    assertThat(answers).filteredOn(TrainingService.Recorded.class::isInstance).singleElement()
        .satisfies(a -> assertThat(((TrainingService.Recorded) a).recorded()).isEqualTo(5));
    assertThat(answers).filteredOn(InvalidRequestException.class::isInstance).singleElement()
        .satisfies(a -> assertThat(((InvalidRequestException) a).getMessage()).contains("已在本次培训的名单中登记过"));

    assertThat(results.ofWorker(ids.get(0))).singleElement().satisfies(r -> assertThat(r.isPassed()).isFalse());
    assertThat(results.ofWorker(ids.get(1))).singleElement().satisfies(r -> assertThat(r.isPassed()).isTrue());
    assertThat(results.ofWorker(ids.get(4))).singleElement().satisfies(r -> assertThat(r.isAttended()).isFalse());
    for (Worker worker : workers) {
      assertThat(trail.of(worker)).filteredOn(e -> e.getEvent().equals("TRAINING_RECORDED")).singleElement()
          .satisfies(e -> assertThat(e.getArticle()).isEqualTo("000 第十一条"));
    }
  }
}
