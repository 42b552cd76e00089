package org.partyaffairs.workforce.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.post.Post;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Registering candidates over HTTP: one, a CSV list, and the refusals that leave nothing behind. */
@IntegrationTest
class RecruitmentApiTest {

  @LocalServerPort int port;
  @Autowired Forms forms;
  @Autowired TaskService taskService;
  @Autowired People people;
  @Autowired PostRepository posts;
  @Autowired RecruitmentService recruitment;
  @Autowired Clock clock;

  Http http;
  ProcessInstance instance;
  String candidates;

  @BeforeEach
  void plan() {
    http = new Http(port);
    posts.save(new Post("zhangpu", "张浦镇API测试区域党建工作站", clock.instant()));
    Map<String, Object> form = new HashMap<>(Map.of("townCode", "zhangpu", "postsToFill", 1,
        "conditions", "中共党员", "schedule", "12月"));
    instance = forms.start(RecruitmentProcessVariables.PROCESS_KEY, "office", form);
    candidates = "/api/recruitments/" + recruitment.planOf(instance.getId()).getId() + "/candidates";
  }

  @AfterEach
  void actAsSystem() {
    people.actAsSystem();
  }

  @Test
  void oneCandidateOrAListIsRegisteredAndShownWithThePlan() {
    assertThat(http.postJson(candidates, "office", "demo", "{\"name\":\"周一\",\"education\":\"本科\"}").statusCode())
        .isEqualTo(201);
    assertThat(http.postCsv(candidates, "office", "demo", "姓名,学历\n吴二,硕士\n\n郑三，大专\n").statusCode())
        .isEqualTo(201);

    String plan = http.get(candidates.replace("/candidates", ""), "zhangpu-org", "demo").body();
    assertThat(plan).contains("\"name\":\"周一\"", "\"name\":\"吴二\"", "\"name\":\"郑三\"", "\"status\":\"REGISTERING\"");
  }

  @Test
  void aWrongLineRefusesTheWholeListAndNamesTheLine() {
    var refused = http.postCsv(candidates, "office", "demo", "王四,本科\n没有学历\n冯五,本科");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("第 2 行");
    assertThat(recruitment.candidatesOf(recruitment.planOf(instance.getId()))).isEmpty();
  }

  @Test
  void aListThatIsNotUtf8IsRefusedNamingTheLine() {
    // A spreadsheet saved on a Chinese Windows: GBK, not UTF-8, from the second line on.
    byte[] list = concat("姓名,学历\n".getBytes(StandardCharsets.UTF_8),
        "王四,本科\n冯五,硕士\n".getBytes(Charset.forName("GBK")));

    HttpResponse<String> refused = http.postCsvBytes(candidates, "office", "demo", list);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("第 2 行", "UTF-8");
    assertThat(recruitment.candidatesOf(recruitment.planOf(instance.getId()))).isEmpty();
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstLine() {
    byte[] list = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        "姓名,学历\n卫六,本科\n".getBytes(StandardCharsets.UTF_8));

    assertThat(http.postCsvBytes(candidates, "office", "demo", list).statusCode()).isEqualTo(201);
    assertThat(recruitment.candidatesOf(recruitment.planOf(instance.getId()))).extracting(Candidate::getName)
        .containsExactly("卫六");
  }

  @Test
  void anotherTownDoesNotSeeThePlanAndNobodyRegistersAfterTheRegistrationClosed() {
    assertThat(http.postJson(candidates, "kfq-org", "demo", "{\"name\":\"陈六\",\"education\":\"本科\"}").statusCode())
        .isEqualTo(404);
    assertThat(http.postJson(candidates, "zhangpu-worker", "demo", "{\"name\":\"陈六\",\"education\":\"本科\"}")
        .statusCode()).isEqualTo(400);
    assertThat(http.postJson(candidates, "office", "demo", "{\"name\":\" \",\"education\":\"本科\"}").statusCode())
        .isEqualTo(400);
    http.postJson(candidates, "office", "demo", "{\"name\":\"陈六\",\"education\":\"本科\"}");
    forms.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult(), "office", Map.of());

    assertThat(http.postJson(candidates, "office", "demo", "{\"name\":\"褚七\",\"education\":\"本科\"}").statusCode())
        .isEqualTo(409);
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
