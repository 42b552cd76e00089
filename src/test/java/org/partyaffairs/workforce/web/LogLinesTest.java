package org.partyaffairs.workforce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the log holds of a person's input (issue 28): a refused submission is one WARN line saying
 * who, what and why, with no stack trace; no line carries what a form said, nor a password, nor the
 * Basic header that carries one.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogLinesTest {

  private static final String START = "/engine-rest/process-definition/key/ResignationProcess/submit-form";

  @LocalServerPort int port;
  @Autowired People people;

  @Test
  void aRefusedFormIsOneWarnLineWithoutItsContentsOrAStackTrace(CapturedOutput output) {
    Worker worker = people.activeWorker("kfq", "日志拒绝");
    String secret = "机密理由-" + UUID.randomUUID();

    HttpResponse<String> refused = new Http(port).postJson(START, worker.getUserId(), "test", resignation(secret, "1999-01-01"));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    List<String> lines = linesAbout(output, START);
    assertThat(lines).as(output.getAll()).hasSize(1);
    assertThat(lines.get(0)).contains("WARN", "Refused POST", "400", worker.getUserId());
    assertThat(output.getAll()).doesNotContain(secret);
    assertThat(output.getAll().lines().filter(line -> line.contains("ERROR") && line.contains("ResignationProcess")))
        .isEmpty();
  }

  @Test
  void whatAnAcceptedFormSaysIsNotWritten(CapturedOutput output) {
    Worker worker = people.activeWorker("kfq", "日志提交");
    String secret = "保密理由-" + UUID.randomUUID();
    String lastDay = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(40).toString();

    HttpResponse<String> accepted = new Http(port).postJson(START, worker.getUserId(), "test", resignation(secret, lastDay));

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(output.getAll()).contains("Resignation").doesNotContain(secret);
  }

  @Test
  void aPasswordIsNeverWrittenRightOrWrong(CapturedOutput output) {
    String user = "log-probe-" + UUID.randomUUID().toString().substring(0, 8); // no account: no login delay for others
    String password = "Geheim#LogProbe-" + UUID.randomUUID().toString().substring(0, 6);
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));

    assertThat(new Http(port).get("/engine-rest/task/count", user, password).statusCode()).isEqualTo(401);
    assertThat(new Http(port).get("/api/workers?page=0", user, password).statusCode()).isIn(401, 403);

    assertThat(output.getAll()).doesNotContain(password, basic);
  }

  private static List<String> linesAbout(CapturedOutput output, String path) {
    return output.getAll().lines().filter(line -> line.contains(path)).toList();
  }

  private static String resignation(String reason, String lastWorkingDay) {
    return "{\"variables\":{\"reason\":{\"value\":\"" + reason + "\"},\"lastWorkingDay\":{\"value\":\"" + lastWorkingDay
        + "\"}}}";
  }
}
