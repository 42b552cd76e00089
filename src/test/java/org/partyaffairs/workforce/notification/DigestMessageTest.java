package org.partyaffairs.workforce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a campaign day a town's organisation department has thousands of tasks waiting: the digest
 * keeps every count whole but lists only the first tasks of each section, and says how many more
 * wait in Tasklist, so that it fits a phone's screen and the outbox's row.
 */
@IntegrationTest
class DigestMessageTest {

  @Autowired Messages messages;

  @Test
  void aLongDigestCountsEveryTaskButListsTenASectionAndPointsToTasklistForTheRest() {
    List<OpenTask> waiting = IntStream.rangeClosed(1, 25).mapToObj(DigestMessageTest::task).toList();
    List<OpenTask> dueSoon = waiting.subList(0, 12);

    Message digest = messages.digest(waiting, dueSoon);

    assertThat(digest.subject()).isEqualTo("【每日待办】共 25 项，12 项即将到期");
    assertThat(digest.body()).startsWith("您今天有 25 项待办事项，其中 12 项即将到期。")
        .contains("……另有 2 项，请登录系统查看", "……另有 15 项，请登录系统查看", "/camunda/app/tasklist/default/")
        .contains("?task=task-10\n").doesNotContain("?task=task-11\n");
    assertThat(digest.body().split("\\?task=", -1)).as("ten lines a section").hasSize(21);
    assertThat(digest.body()).as("fits the outbox's body column unclipped").hasSizeLessThan(4000).doesNotEndWith("…");
  }

  @Test
  void aShortDigestListsEveryTask() {
    List<OpenTask> waiting = IntStream.rangeClosed(1, 3).mapToObj(DigestMessageTest::task).toList();

    assertThat(messages.digest(waiting, List.of()).body()).contains("?task=task-1\n", "?task=task-3\n")
        .doesNotContain("另有");
  }

  private static OpenTask task(int i) {
    return new OpenTask("task-" + i, "年度考核个人总结：欧阳志远（昆山经济技术开发区）第" + i + "项", Date.from(Instant.parse("2026-03-05T15:59:59Z")),
        "kfq", "instance-" + i, "欧阳志远", (long) i, Set.of("town-org-kfq"), Set.of(), null);
  }
}
