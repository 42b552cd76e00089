package org.partyaffairs.workforce.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.deadline.ServiceLevels.ServiceLevel;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every user task of every model the product deploys is due when the rules of the work say
 * (rules/calendar/service-levels.csv) and is named after its subject; working days are those of
 * rules/calendar (国务院办公厅 holiday schedules, 调休 make-up days), in workforce.zone.
 */
@IntegrationTest
class DueDatesTest {

  /** 研究决定辞职申请：${workerName}（${townName}）: what, then whom it is about. */
  private static final Pattern NAMES_ITS_SUBJECT = Pattern.compile("^[^：$]+：.*\\$\\{[A-Za-z]+}.*$");
  private static final String DUE_DATE = "${dueDates.of(execution)}";

  @Autowired RepositoryService repositoryService;
  @Autowired ServiceLevels serviceLevels;
  @Autowired WorkingDays workingDays;

  @Test
  void everyUserTaskOfEveryModelHasADueDateAndANameThatNamesItsSubject() {
    List<ProcessDefinition> models = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
        .filter(definition -> definition.getResourceName().contains("processes/")).toList();
    // Every model in processes/ is deployed and looked at (no count to keep up by hand as models are added).
    assertThat(models).hasSize(modelFilesIn(Path.of("processes")));
    List<String> tasks = new ArrayList<>();
    for (ProcessDefinition model : models) {
      for (UserTask task : repositoryService.getBpmnModelInstance(model.getId()).getModelElementsByType(UserTask.class)) {
        String where = model.getKey() + " " + task.getId();
        tasks.add(model.getKey() + "/" + task.getId());
        assertThat(task.getCamundaDueDate()).as("due date of %s", where).isEqualTo(DUE_DATE);
        assertThat(task.getName()).as("name of %s", where).matches(NAMES_ITS_SUBJECT);
        assertThat(serviceLevels.of(model.getKey(), task.getId())).as("service level of %s", where).isPresent();
      }
    }
    assertThat(tasks).hasSizeGreaterThanOrEqualTo(models.size());
    // and the city's file names no task that does not exist (a renamed task would silently take the default)
    Set<String> named = serviceLevels.all().stream().filter(level -> !level.processKey().equals("*"))
        .map(level -> level.processKey() + "/" + level.activityId()).collect(Collectors.toSet());
    assertThat(named).containsExactlyInAnyOrderElementsOf(tasks);
  }

  @Test
  void everyServiceLevelSaysWhereItComesFrom() {
    for (ServiceLevel level : serviceLevels.all()) {
      assertThat(level.basis()).as(level.activityId()).isNotBlank()
          .matches(basis -> basis.contains("演示值") || basis.matches(".*(第.+条|004|003).*"), "an article or 演示值");
    }
  }

  @Test
  void workingDaysSkipTheSpringFestivalAndCountItsMakeUpSaturdays() {
    // 国务院办公厅 2026: 2月14日（周六）上班，15日至23日放假，28日（周六）上班
    assertThat(workingDays.plus(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(workingDays.plus(LocalDate.of(2026, 2, 14), 1)).isEqualTo(LocalDate.of(2026, 2, 24));
    assertThat(workingDays.plus(LocalDate.of(2026, 2, 13), 3)).isEqualTo(LocalDate.of(2026, 2, 25));
    assertThat(workingDays.plus(LocalDate.of(2026, 2, 27), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(workingDays.onOrAfter(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2026, 10, 8));
    assertThat(workingDays.onOrAfter(LocalDate.of(2026, 10, 9))).isEqualTo(LocalDate.of(2026, 10, 9));
  }

  @Test
  void aDeadlineIsDueAtTheEndOfItsDayInShanghai() {
    assertThat(workingDays.endOf(LocalDate.of(2026, 3, 2)).toInstant()).isEqualTo(Instant.parse("2026-03-02T15:59:59Z"));
    assertThat(workingDays.dayOf(Date.from(Instant.parse("2026-03-02T16:30:00Z")))).isEqualTo(LocalDate.of(2026, 3, 3));
  }

  @Test
  void aYearWithoutItsCalendarCountsMondayToFridayRatherThanRefuseTheTask() {
    assertThat(workingDays.plus(LocalDate.of(2027, 12, 31), 1)).isEqualTo(LocalDate.of(2028, 1, 3));
    assertThat(workingDays.plus(LocalDate.of(2028, 1, 7), 1)).isEqualTo(LocalDate.of(2028, 1, 10));
  }

  /** rules/calendar/2027.csv: 元旦 and 春节 are not working days, the weekend days worked in exchange are. */
  @Test
  void twentyTwentySevenHasItsCalendar() {
    assertThat(workingDays.plus(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(workingDays.onOrAfter(LocalDate.of(2027, 2, 5))).isEqualTo(LocalDate.of(2027, 2, 15));
    assertThat(workingDays.onOrAfter(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(workingDays.onOrAfter(LocalDate.of(2027, 10, 1))).isEqualTo(LocalDate.of(2027, 10, 8));
  }

  @Test
  void aMalformedServiceLevelStopsTheStartNamingItsLine() {
    assertThatThrownBy(() -> ServiceLevels.parse("service-levels.csv", "*,*,5,,默认\nP,Task_A,五,,演示值\n"))
        .hasMessageContaining("service-levels.csv:2");
    assertThatThrownBy(() -> ServiceLevels.parse("service-levels.csv", "P,Task_A,5,,演示值\n"))
        .hasMessageContaining("no default line");
    assertThatThrownBy(() -> ServiceLevels.parse("service-levels.csv", "*,*,5,,默认\nP,Task_A,5,,a\nP,Task_A,6,,b\n"))
        .hasMessageContaining(":3: a second line");
  }

  private static int modelFilesIn(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return (int) files.filter(file -> file.getFileName().toString().endsWith(".bpmn")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
