package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.notice.PublishedNotices;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

/**
 * Someone logged into Tasklist opens the product's pages and files without a second password: the
 * webapp session authenticates the listed GETs of the product API (the dossier and its files, the
 * filing sheets, the notice lists, the half-year report's files, the worker list), as that user
 * with their towns — another town's worker stays 404. Everything else the session asks of the
 * product API (a POST, another read, a variant of a listed path) is refused 401 in Chinese with
 * Basic's challenge, and the engine REST API answers a session alone 401 as before. The session
 * is read, never written.
 */
@IntegrationTest
class SessionReadsTest {

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired PublishedNotices notices;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired Clock clock;

  Http session;
  Worker worker;
  Worker otherTowns;
  Long noticeId;
  String noticeInstanceId;

  @BeforeEach
  void aTownOfficialLoggedIntoTasklist() {
    worker = people.activeWorker("kfq", "会话读");
    otherTowns = people.activeWorker("huaqiao", "会话外");
    forms.start("ResignationProcess", worker.getUserId(),
        Map.of("reason", "个人原因", "lastWorkingDay", LocalDate.now(clock).plusDays(30).toString()));
    people.actAsSystem();
    ProcessInstance notice = notices.publish("kfq", "session-" + System.nanoTime());
    noticeInstanceId = notice.getId();
    noticeId = notices.of(noticeInstanceId).getId();
    session = new Http(port);
    assertThat(session.webappLogin("tasklist", "kfq-org", "demo").statusCode()).isEqualTo(200);
  }

  @AfterEach
  void actAsSystem() {
    people.actAsSystem();
  }

  @Test
  void theSessionReadsTheDossierItsFilesTheFilingSheetAndTheNoticeListWithoutASecondPassword() {
    HttpResponse<String> dossier = session.webappGet("/api/workers/" + worker.getId() + "/dossier");

    assertThat(dossier.statusCode()).as(dossier.body()).isEqualTo(200);
    assertThat(dossier.body()).contains("会话读", "RES-");
    // The worker was hired last: on the last page of the town's workers, however many earlier tests hired.
    long total = Long.parseLong(session.webappGet("/api/workers?size=200").headers().firstValue("X-Total-Count")
        .orElseThrow());
    assertThat(session.webappGet("/api/workers?size=200&page=" + (total - 1) / 200).body()).contains("会话读")
        .doesNotContain("会话外");
    for (String file : List.of("/api/workers/" + worker.getId() + "/dossier.pdf",
        "/api/workers/" + worker.getId() + "/dossier.xlsx",
        "/api/workers/" + worker.getId() + "/filings/appointment.pdf",
        "/api/notices/" + noticeId + "/list.pdf", "/api/notices/" + noticeId + "/list.xlsx")) {
      HttpResponse<String> response = session.webappGet(file);
      assertThat(response.statusCode()).as(file + " " + response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/");
    }
    // And Tasklist's own session goes on working as before.
    assertThat(session.webappPostJson("/camunda/api/engine/engine/default/task/count", "{}").statusCode())
        .isEqualTo(200);
  }

  @Test
  void anotherTownsWorkerIsStillNotFound() {
    for (String path : List.of("/dossier", "/dossier.pdf", "/filings/appointment.pdf")) {
      HttpResponse<String> response = session.webappGet("/api/workers/" + otherTowns.getId() + path);
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body()).contains("不存在").doesNotContain("会话外", "Exception");
    }
  }

  @Test
  void aWriteWithTheSessionIsRefusedInChineseAndNothingIsRecorded() {
    HttpResponse<String> objection = session.webappSend("POST", "/api/notices/" + noticeId + "/objections",
        "{\"entryId\":1,\"grounds\":\"会话异议\"}");
    HttpResponse<String> resign = session.webappSend("POST", "/api/workers/" + worker.getId() + "/dossier", "{}");

    for (HttpResponse<String> refused : List.of(objection, resign)) {
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body()).contains("HTTP Basic", "只可读取").doesNotContain("Exception", "org.");
      assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }
    assertThat(notices.of(noticeInstanceId).getObjections()).isEmpty();
  }

  @Test
  void readsOffTheListAndEveryOtherSpellingOfAListedPathAreRefused() {
    String dossier = "/api/workers/" + worker.getId() + "/dossier";
    for (String path : List.of("/api/workers/" + worker.getId() + "/trail", "/api/workers/" + worker.getId(),
        "/api/notices", "/api/notices/" + noticeId, dossier + "/", "/api//workers/" + worker.getId() + "/dossier",
        "/api/WORKERS/" + worker.getId() + "/dossier", "/api/workers/" + worker.getId() + "/Dossier.pdf",
        dossier + ";jsessionid=x", "/api/workers%2F" + worker.getId() + "/dossier",
        "/api/workers/" + worker.getId() + "/filings/other.pdf")) {
      HttpResponse<String> response = session.webappGet(path);
      assertThat(response.statusCode()).as(path + " " + response.body()).isIn(400, 401);
      assertThat(response.body()).as(path).doesNotContain("会话读", "RES-");
      if (!path.contains("%2F")) { // Tomcat itself refuses an encoded slash, before any filter of ours
        assertThat(response.body()).as(path).containsPattern("[\\u4e00-\\u9fa5]");
      }
    }
  }

  @Test
  void theEngineRestApiAnswersASessionAloneAsBefore() {
    for (String path : List.of("/engine-rest/task?maxResults=10", "/engine-rest/engine/default/task?maxResults=10",
        "/engine-rest/process-instance?maxResults=10")) {
      HttpResponse<String> response = session.webappGet(path);
      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(response.body()).doesNotContain("RES-", "会话读");
    }
  }

  @Test
  void withoutASessionTheBrowserIsAskedForThePasswordAsBefore() {
    HttpResponse<String> response = new Http(port).webappGet("/api/workers/" + worker.getId() + "/dossier");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(response.body()).contains("HTTP Basic").doesNotContain("会话读");
    assertThat(new Http(port).get("/api/workers/" + worker.getId() + "/dossier", worker.getUserId(), "wrong").statusCode())
        .isEqualTo(401);
  }

  @Test
  void aUserRemovedAfterLoggingInReadsNothingMore() {
    Http own = new Http(port);
    assertThat(own.webappLogin("tasklist", worker.getUserId(), "test").statusCode()).isEqualTo(200);
    assertThat(own.webappGet("/api/workers/" + worker.getId() + "/dossier").statusCode()).isEqualTo(200);

    identityService.deleteUser(worker.getUserId());

    assertThat(own.webappGet("/api/workers/" + worker.getId() + "/dossier").statusCode()).isEqualTo(401);
  }

  @Test
  void theSessionIsReadNeverWritten() {
    MockHttpSession empty = new ReadOnlySession();
    MockHttpServletRequest anonymous = new MockHttpServletRequest("GET", "/api/workers");
    anonymous.setSession(empty);
    assertThat(SessionReads.userOf(anonymous, "default")).isEmpty();
    assertThat(empty.getAttribute(SessionReads.WEBAPP_AUTHENTICATIONS)).as("nothing created").isNull();

    Authentications logins = new Authentications();
    logins.addOrReplace(new UserAuthentication("kfq-org", "default"));
    ReadOnlySession loggedIn = new ReadOnlySession();
    loggedIn.preset(SessionReads.WEBAPP_AUTHENTICATIONS, logins);
    MockHttpServletRequest read = new MockHttpServletRequest("GET", "/api/workers");
    read.setSession(loggedIn);
    assertThat(SessionReads.userOf(read, "default")).hasValue("kfq-org");
    assertThat(SessionReads.userOf(read, "other-engine")).isEmpty();
    assertThat(SessionReads.allows(read)).isTrue();

    MockHttpServletRequest head = new MockHttpServletRequest("HEAD", "/api/workers");
    MockHttpServletRequest basic = new MockHttpServletRequest("GET", "/api/workers");
    basic.addHeader("Authorization", "Basic a2ZxLW9yZzpkZW1v");
    assertThat(SessionReads.allows(head)).isFalse();
    assertThat(SessionReads.allows(basic)).isFalse();
  }

  /** A session that fails the test on any write after it was set up. */
  static final class ReadOnlySession extends MockHttpSession {

    private boolean sealed;

    void preset(String name, Object value) {
      super.setAttribute(name, value);
      sealed = true;
    }

    @Override
    public void setAttribute(String name, Object value) {
      throw new AssertionError("the session was written: " + name + (sealed ? " (after login)" : ""));
    }

    @Override
    public void removeAttribute(String name) {
      throw new AssertionError("the session was written: remove " + name);
    }
  }
}
