package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.partyaffairs.workforce.assessment.Campaigns;
import org.partyaffairs.workforce.assessment.ScoreSheetFiles;
import org.partyaffairs.workforce.notice.PublishedNotices;
import org.partyaffairs.workforce.post.Post;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.probation.ProbationService;
import org.partyaffairs.workforce.probation.ProbationStart;
import org.partyaffairs.workforce.report.ReportFiles;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Town isolation as a matrix: every role against one task instance of each town process in
 * {@code kfq} and in {@code huaqiao}, every action on a task, its variables and its history, over
 * the engine REST API (HTTP Basic) and over the webapps' engine API (a Tasklist session), one named
 * case each, e.g. {@code huaqiao-org × kfq DismissalProcess × read variables × REST}.
 *
 * <p>The rule (docs/security.md, DOMAIN.md §Who uses it: "A town's people must never see or act on
 * another town's instances or tasks; city roles see all towns"; a worker sees their own):
 * <ul>
 *   <li>An <b>outsider</b> sees nothing and changes nothing: the town groups of another town, and
 *   every worker but the one the task is assigned to, their own town's workers included (a worker
 *   is a member of their town's tenant, so only the authorizations keep them out). A query for the
 *   instance or its task answers an empty list and the unfiltered task list does not hold the task;
 *   a call on the task, the instance or its execution answers 404 or 403, a claim or a completion
 *   too (never a 400 that would show the form was read) and the task is left as it was; no answer
 *   carries the task id, the instance id or the instance's canary variable, unless the request
 *   itself named it.</li>
 *   <li>An <b>insider</b> — the instance's own town groups, the city groups, the administrator, the
 *   worker the task is assigned to — may see it. Where the product grants access, the matrix proves
 *   that it works, so that it cannot pass by everything being refused ({@link Scope#provenFor}):
 *   the town's two groups (organisation department and committee alike), the city groups, the
 *   administrator and the task's assignee list and read the task and its variables ({@code READ_TASK}
 *   on the town processes' definitions for the town groups, on every definition for the city, see
 *   {@link IdentitySetup}; a worker's own row on the task); the town's groups and the city groups read
 *   the instance's variables ({@code READ_INSTANCE} on the town processes, {@code READ} on every
 *   instance), and their history ({@code READ_HISTORY} on those definitions: a task's History tab in
 *   Tasklist). Other insider combinations have no rule of their own and only may not fail.</li>
 *   <li>A town's <b>leave approvers</b> (包片工作组组长 {@code group-leader-<town>}, 非公企业党委 /
 *   社会组织党委 {@code sector-committee-<town>}, 001 第十八条(四)) are members of their town's tenant
 *   but hold no grant on any definition: they read and work only a task offered to their group (the
 *   {@code CANDIDATE} standing, through the rows Camunda writes for a candidate group) and are
 *   outsiders to everything else of their town, the other approver's leave and every other
 *   process.</li>
 *   <li>Reading is not working (issue 22): an insider the task is <b>not offered to</b> — the other
 *   group of the same town, a city group on a town's task — is refused a claim or a completion
 *   (403 or 404) and the task is left as it was ({@link Scope#refusedFor}): the groups hold
 *   {@code TASK_WORK} on the definitions, with no row per task, and {@code OfferedTaskCommandChecker}
 *   lets only the task's candidates and assignee use it. Writing a task's variables is refused to
 *   every insider but the administrator.</li>
 * </ul>
 * Insiders never claim or complete what they may: the fixture is built once and shared by every
 * case ({@link TownVisibilityTest} claims as the offered group).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolationMatrixTest {

  private static final List<String> TOWNS = List.of("kfq", "huaqiao");
  private static final String CANARY = "isolationCanary";
  private static final String CANARY_FILE = "isolationCanaryFile";
  private static final String DEMO_PASSWORD = "demo";
  private static final String WORKER_PASSWORD = "test";

  @LocalServerPort int port;
  @Autowired Forms forms;
  @Autowired People people;
  @Autowired PublishedNotices notices;
  @Autowired ProbationStart probationStart;
  @Autowired ProbationService probations;
  @Autowired PostRepository posts;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;
  @Autowired Campaigns campaigns;

  private final List<Work> work = new ArrayList<>();
  private final List<Role> roles = new ArrayList<>();
  private final Map<String, Http> webappSessions = new HashMap<>();
  private Http rest;
  private ScoreSheetFiles scoreSheets;
  private ReportFiles reportFiles;
  /** The assessment campaign whose scoring tasks the matrix holds, by its id in the product API. */
  private String campaignQuery;
  /** Each town's worker whose dossier and resignation filing sheet the matrix reads (issue 24). */
  private final Map<String, Worker> dossierSubjects = new HashMap<>();
  /** Each town's worker whose leave request waits at the group leader's approval (issue 26). */
  private final Map<String, Worker> leaveSubjects = new HashMap<>();
  /** Each town's worker disqualified during probation, whose 试用期取消资格备案表 the matrix reads. */
  private final Map<String, Worker> disqualifiedSubjects = new HashMap<>();
  /** Each town's published notice, whose list (公示名单) the matrix reads, by its id. */
  private final Map<String, Long> noticeIds = new HashMap<>();

  @BeforeAll
  void startEveryTownsWork() {
    rest = new Http(port);
    scoreSheets = new ScoreSheetFiles(port);
    reportFiles = new ReportFiles(port);
    Map<String, String> owners = new HashMap<>();
    TOWNS.forEach(town -> startWorkIn(town, owners));
    startScoring();
    for (String user : List.of("kfq-org", "kfq-committee", "huaqiao-org", "huaqiao-committee", "zhangpu-org",
        "office", "committee", "admin", "kfq-worker", "huaqiao-worker", "kfq-leader", "kfq-sector", "huaqiao-leader")) {
      roles.add(role(user, user, DEMO_PASSWORD));
    }
    // Workers with a task of their own in kfq, each an outsider to everything else of their town.
    roles.add(role("kfq-probationer", owners.get("kfq-probationer"), WORKER_PASSWORD));
    roles.add(role("kfq-objector", owners.get("kfq-objector"), WORKER_PASSWORD));
  }

  @TestFactory
  Stream<DynamicTest> noRoleSeesOrChangesWhatIsNotTheirs() {
    List<Case> cases = new ArrayList<>();
    for (Role role : roles) {
      for (Work instance : work) {
        Standing standing = Standing.of(role, instance);
        for (Action action : Action.values()) {
          if (standing != Standing.OUTSIDER && (action.outsidersOnly
              || action.changes && action.scope.provenFor(role, instance, standing))) {
            continue; // an insider's own claim or completion would change the shared fixture
          }
          for (Channel channel : Channel.values()) {
            cases.add(new Case(role, instance, standing, action, channel, PathVariant.CANONICAL));
          }
        }
      }
    }
    // Reading is not working: the other group of a town, and the city, try to work on what they read.
    for (Standing reader : List.of(Standing.TOWN, Standing.CITY)) {
      for (Action work : List.of(Action.CLAIM, Action.COMPLETE, Action.WRITE_TASK_VARIABLES)) {
        assertThat(cases).as("%s tries %s on a task it reads", reader, work.label).anyMatch(c -> c.standing() == reader
            && c.action() == work && c.action().scope.refusedFor(c.role(), c.instance(), c.standing()));
      }
    }
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  /**
   * The path-variant dimension (issue 20): a town outsider and a worker outsider try every action on
   * every instance of another town in every other spelling of its path, and get nothing more than
   * in the canonical one; the town's own org department still gets what it may in the spellings the
   * router accepts, so that the variants cannot pass by everything being refused.
   */
  @TestFactory
  Stream<DynamicTest> noSpellingOfAPathShowsOrChangesMore() {
    List<Case> cases = new ArrayList<>();
    for (Role role : roles) {
      boolean outsider = role.name().equals("huaqiao-org") || role.name().equals("kfq-worker")
          || role.name().equals("kfq-leader");
      boolean insider = role.name().equals("kfq-org");
      if (!outsider && !insider) {
        continue;
      }
      for (Work instance : work) {
        Standing standing = Standing.of(role, instance);
        if (!instance.town().equals("kfq") || outsider != (standing == Standing.OUTSIDER)) {
          continue;
        }
        for (Action action : Action.values()) {
          if (insider && (action.outsidersOnly || action.changes || !action.scope.provenFor(role, instance, standing))) {
            continue;
          }
          for (Channel channel : Channel.values()) {
            for (PathVariant variant : PathVariant.values()) {
              if (variant != PathVariant.CANONICAL && (outsider || variant.acceptedForLegitimateCalls())) {
                cases.add(new Case(role, instance, standing, action, channel, variant));
              }
            }
          }
        }
      }
    }
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  /**
   * Bulk scoring (issue 22 item 4) joins the matrix on the product API: every role downloads the
   * score sheets of the campaign whose scoring tasks the matrix holds and uploads a sheet naming
   * each town's task, in every spelling of the path for outsiders. Only the task's own town
   * organisation department gets its row (proven: the file holds the task); every other role's file
   * holds nothing of it, and every upload but that department's is refused (403 or 404, never a
   * 400 that would show the task was read) with the task left as it was. The department's own
   * upload is {@code BulkScoringTest}'s (it would change the shared fixture).
   */
  @TestFactory
  Stream<DynamicTest> bulkScoringShowsAndScoresOnlyTheTownsOwnSheets() {
    List<DynamicTest> cases = new ArrayList<>();
    for (Role role : roles) {
      for (Work instance : work) {
        if (!instance.process().equals("AnnualAssessmentProcess")) {
          continue;
        }
        Standing standing = Standing.of(role, instance);
        boolean owner = role.groups().contains(Groups.townOrg(instance.town()));
        boolean variants = role.name().equals("huaqiao-org") || role.name().equals("kfq-worker") || owner;
        for (PathVariant variant : PathVariant.values()) {
          if (variant != PathVariant.CANONICAL && (!variants || owner && !variant.acceptedForApi())) {
            continue;
          }
          String label = role.name() + " × " + instance.label() + " × %s × product API"
              + (variant == PathVariant.CANONICAL ? "" : " × " + variant.label);
          cases.add(DynamicTest.dynamicTest(String.format(label, "download score sheets"),
              () -> checkDownload(role, instance, owner, variant)));
          if (!owner) {
            cases.add(DynamicTest.dynamicTest(String.format(label, "upload score sheets"),
                () -> checkUpload(role, instance, standing, variant)));
          }
        }
      }
    }
    assertThat(cases).as("the matrix holds a scoring task of each town").hasSizeGreaterThan(roles.size() * 2);
    return cases.stream();
  }

  /**
   * The dossier and the filing sheets (issue 24) join the matrix on the product API: every role reads
   * each town's resigning worker's dossier (JSON, PDF, XLSX) and resignation filing sheet, and so
   * does that worker themself; a town outsider and a worker outsider also in every other spelling of
   * the path. The worker's town groups, the city groups and the worker get it (proven: 200, and the
   * JSON names the worker); everyone else gets 404 in Chinese and nothing of the worker. The
   * administrator only may not fail.
   */
  @TestFactory
  Stream<DynamicTest> dossiersShowOnlyTheTownsOwnWorkersAndTheWorkerThemself() {
    List<Role> readers = new ArrayList<>(roles);
    dossierSubjects.forEach((town, worker) -> readers.add(role(town + "-resigner", worker.getUserId(), WORKER_PASSWORD)));
    List<DynamicTest> cases = new ArrayList<>();
    for (Role role : readers) {
      for (Map.Entry<String, Worker> subject : dossierSubjects.entrySet()) {
        String town = subject.getKey();
        Worker worker = subject.getValue();
        boolean admin = role.groups().contains(Groups.ADMINS);
        boolean insider = role.userId().equals(worker.getUserId()) || role.groups().contains(Groups.townOrg(town))
            || role.groups().contains(Groups.townCommittee(town)) || role.groups().contains(Groups.CITY_OFFICE)
            || role.groups().contains(Groups.CITY_COMMITTEE);
        boolean variants = !insider && !admin && (role.name().equals("huaqiao-org") || role.name().equals("kfq-worker"))
            || role.name().equals("kfq-org") && town.equals("kfq");
        for (String document : List.of("/dossier", "/dossier.pdf", "/dossier.xlsx", "/filings/resignation.pdf",
            "/filings/appointment.pdf")) {
          for (PathVariant variant : PathVariant.values()) {
            if (variant != PathVariant.CANONICAL && (!variants || insider && !variant.acceptedForApi())) {
              continue;
            }
            String path = variant.apply("/api/workers", "/" + worker.getId() + document);
            cases.add(DynamicTest.dynamicTest(role.name() + " × " + town + " worker × " + document + " × product API"
                + (variant == PathVariant.CANONICAL ? "" : " × " + variant.label),
                () -> checkDossier(role, worker, path, insider, admin, variant, document)));
          }
        }
      }
    }
    assertThat(cases).as("every reader meets each town's worker").hasSizeGreaterThan(readers.size() * 2 * 4);
    return cases.stream();
  }

  /**
   * A worker's leave requests (issue 26, {@code GET /api/workers/{id}/leave}) join the matrix on the
   * product API under the visibility of the worker's record: the worker's town groups, the city
   * groups and the worker themself read them (proven: 200 naming the worker and the request's
   * business key); everyone else gets 404 in Chinese and nothing of the worker — the leave approvers
   * too, of the worker's own town included, who see only the approval offered to them. The
   * administrator only may not fail. A town outsider, a worker outsider and a leave approver also try
   * every other spelling of the path.
   */
  @TestFactory
  Stream<DynamicTest> leaveRequestsShowOnlyUnderTheWorkersVisibility() {
    List<Role> readers = new ArrayList<>(roles);
    leaveSubjects.forEach((town, worker) -> readers.add(role(town + "-on-leave", worker.getUserId(), WORKER_PASSWORD)));
    List<DynamicTest> cases = new ArrayList<>();
    for (Role role : readers) {
      for (Map.Entry<String, Worker> subject : leaveSubjects.entrySet()) {
        String town = subject.getKey();
        Worker worker = subject.getValue();
        boolean admin = role.groups().contains(Groups.ADMINS);
        boolean insider = role.userId().equals(worker.getUserId()) || role.groups().contains(Groups.townOrg(town))
            || role.groups().contains(Groups.townCommittee(town)) || role.groups().contains(Groups.CITY_OFFICE)
            || role.groups().contains(Groups.CITY_COMMITTEE);
        boolean variants = !insider && !admin && List.of("huaqiao-org", "kfq-worker", "kfq-leader").contains(role.name());
        for (PathVariant variant : PathVariant.values()) {
          if (variant != PathVariant.CANONICAL && !variants) {
            continue;
          }
          String path = variant.apply("/api/workers", "/" + worker.getId() + "/leave");
          cases.add(DynamicTest.dynamicTest(role.name() + " × " + town + " worker × leave requests × product API"
              + (variant == PathVariant.CANONICAL ? "" : " × " + variant.label), () -> {
                HttpResponse<String> response = rest.get(path, role.userId(), role.password());
                String answer = role.name() + " × " + path + ": " + response.statusCode() + " " + response.body();
                if (admin) {
                  assertThat(response.statusCode()).as("no rule, but no failure: " + answer).isLessThan(500);
                } else if (insider) {
                  assertThat(response.statusCode()).as(answer).isEqualTo(200);
                  assertThat(response.body()).as(answer).contains(worker.getName(), "\"businessKey\":\"LV-");
                } else if (variant == PathVariant.CANONICAL) {
                  assertThat(response.statusCode()).as(answer).isEqualTo(404);
                  assertThat(response.body()).as(answer).contains("不存在").doesNotContain(worker.getName(), "LV-");
                } else {
                  assertThat(response.statusCode()).as(answer).isBetween(400, 404);
                  assertThat(response.body()).as(answer).doesNotContain(worker.getName(), "LV-");
                }
              }));
        }
      }
    }
    assertThat(cases).as("every reader meets each town's worker on leave").hasSizeGreaterThan(readers.size() * 2);
    return cases.stream();
  }

  private void checkDossier(Role role, Worker worker, String path, boolean insider, boolean admin,
      PathVariant variant, String document) {
    HttpResponse<String> response = rest.get(path, role.userId(), role.password());
    String answer = role.name() + " × " + path + ": " + response.statusCode() + " "
        + (document.equals("/dossier") ? response.body() : "(file)");
    if (admin) {
      assertThat(response.statusCode()).as("no rule, but no failure: " + answer).isLessThan(500);
    } else if (insider && variant == PathVariant.CANONICAL) {
      assertThat(response.statusCode()).as(answer).isEqualTo(200);
      if (document.equals("/dossier")) {
        assertThat(response.body()).as(answer).contains(worker.getName(), "RES-");
      }
    } else if (variant == PathVariant.CANONICAL) {
      assertThat(response.statusCode()).as(answer).isEqualTo(404);
      assertThat(response.body()).as(answer).contains("不存在").doesNotContain(worker.getName());
    } else {
      // Refused as not canonical, or not found by the router: never more than the canonical path.
      assertThat(response.statusCode()).as(answer).isBetween(400, 404);
      assertThat(response.body()).as(answer).doesNotContain(worker.getName());
    }
  }

  /**
   * The filing documents and the notice lists (issue 24) join the matrix on the product API, over
   * HTTP Basic and over a Tasklist session ({@code SessionReads}): every role reads each town's
   * 试用期取消资格备案表 of a worker disqualified during probation, and each town's notice list as PDF
   * and XLSX, and so does that worker themself. The worker's town groups, the city groups and the
   * worker get the sheet (proven: 200, the PDF names the worker); the notice's town (its groups and
   * its workers) and the city get the list (proven: the file holds its number). Everyone else gets
   * 404 in Chinese and nothing of either; a town outsider and a worker outsider also try every other
   * spelling of the paths, over both channels. The administrator only may not fail.
   */
  @TestFactory
  Stream<DynamicTest> filingSheetsAndNoticeListsShowOnlyTheTownsOwn() {
    List<Role> readers = new ArrayList<>(roles);
    disqualifiedSubjects.forEach((town, worker) -> readers.add(role(town + "-disqualified", worker.getUserId(),
        WORKER_PASSWORD)));
    List<DynamicTest> cases = new ArrayList<>();
    for (Role role : readers) {
      boolean admin = role.groups().contains(Groups.ADMINS);
      Set<String> towns = identityService.createTenantQuery().userMember(role.userId()).includingGroupsOfUser(true)
          .list().stream().map(org.camunda.bpm.engine.identity.Tenant::getId).collect(Collectors.toSet());
      boolean outsiderRole = role.name().equals("huaqiao-org") || role.name().equals("kfq-worker");
      for (String town : TOWNS) {
        Worker worker = disqualifiedSubjects.get(town);
        boolean sheetReader = role.userId().equals(worker.getUserId()) || role.groups().contains(Groups.townOrg(town))
            || role.groups().contains(Groups.townCommittee(town)) || role.groups().contains(Groups.CITY_OFFICE)
            || role.groups().contains(Groups.CITY_COMMITTEE);
        boolean listReader = towns.contains(town);
        Long noticeId = noticeIds.get(town);
        for (boolean session : List.of(false, true)) {
          for (PathVariant variant : PathVariant.values()) {
            String channel = (session ? "Tasklist session" : "product API")
                + (variant == PathVariant.CANONICAL ? "" : " × " + variant.label);
            if (variant == PathVariant.CANONICAL || outsiderRole && !sheetReader) {
              String sheet = variant.apply("/api/workers", "/" + worker.getId() + "/filings/probation.pdf");
              cases.add(DynamicTest.dynamicTest(role.name() + " × " + town + " disqualified × probation sheet × " + channel,
                  () -> checkFile(role, session, sheet, sheetReader, admin, variant, worker.getName(), worker.getName())));
            }
            if (variant == PathVariant.CANONICAL || outsiderRole && !listReader) {
              for (String suffix : List.of(".pdf", ".xlsx")) {
                String list = variant.apply("/api/notices", "/" + noticeId + "/list" + suffix);
                cases.add(DynamicTest.dynamicTest(role.name() + " × " + town + " notice × list" + suffix + " × " + channel,
                    () -> checkFile(role, session, list, listReader, admin, variant,
                        suffix.equals(".pdf") ? "公示编号：" + noticeId : "李明 2026年度考核", "李明")));
              }
            }
          }
        }
      }
    }
    assertThat(cases).as("every reader meets each town's sheet and list").hasSizeGreaterThan(readers.size() * 2 * 3 * 2);
    return cases.stream();
  }

  /**
   * One file as the role, over HTTP Basic or in their Tasklist session: a reader's canonical path is
   * 200 and shows {@code proof}; anyone else's is 404 in Chinese, a variant 400–404, and never shows
   * {@code secret}.
   */
  private void checkFile(Role role, boolean session, String path, boolean reader, boolean admin, PathVariant variant,
      String proof, String secret) {
    HttpResponse<byte[]> response = session ? sessionOf(role).webappGetBytes(path)
        : reportFiles.get(path, role.userId(), role.password());
    String answer = role.name() + (session ? " (session) " : " ") + path + ": " + response.statusCode();
    if (admin) {
      assertThat(response.statusCode()).as("no rule, but no failure: " + answer).isLessThan(500);
    } else if (reader && variant == PathVariant.CANONICAL) {
      assertThat(response.statusCode()).as(answer + " " + ReportFiles.text(response)).isEqualTo(200);
      assertThat(shown(response).replace(" ", "")).as(answer).contains(proof.replace(" ", ""));
    } else if (variant == PathVariant.CANONICAL) {
      assertThat(response.statusCode()).as(answer + " " + ReportFiles.text(response)).isEqualTo(404);
      assertThat(ReportFiles.text(response)).as(answer).contains("不存在").doesNotContain(secret);
    } else {
      assertThat(response.statusCode()).as(answer).isBetween(400, 404);
      assertThat(ReportFiles.text(response)).as(answer).doesNotContain(secret);
    }
  }

  /** The role's Tasklist session (one login per role, shared with the webapp channel's cases). */
  private Http sessionOf(Role role) {
    return webappSessions.computeIfAbsent(role.userId(), user -> {
      Http http = new Http(port);
      assertThat(http.webappLogin("tasklist", user, role.password()).statusCode()).as("%s logs into Tasklist", user)
          .isEqualTo(200);
      return http;
    });
  }

  /**
   * The half-year reports (issue 24 item 4) join the matrix on the product API: every role reads each
   * town's report of the matrix as JSON, XLSX and PDF, and the side-by-side of the half year in the
   * three forms. The report's town groups, the city groups and the administrator read it (proven: the
   * answer holds its business key); everyone else gets 404 with nothing of it, workers 403 on the
   * side-by-side, and a town's side-by-side holds its own report only. Outsiders try every spelling.
   */
  @TestFactory
  Stream<DynamicTest> halfYearReportsShowOnlyTheTownsOwn() {
    List<DynamicTest> cases = new ArrayList<>();
    List<Work> reports = work.stream().filter(instance -> instance.process().equals("HalfYearReportProcess")).toList();
    assertThat(reports).extracting(Work::town).containsExactlyInAnyOrderElementsOf(TOWNS);
    for (Role role : roles) {
      boolean variants = role.name().equals("huaqiao-org") || role.name().equals("kfq-worker");
      for (Work report : reports) {
        boolean reader = readsReportsOf(role, report.town());
        Object id = runtimeService.getVariable(report.instanceId(), "reportId");
        for (String suffix : List.of("", ".xlsx", ".pdf")) {
          for (PathVariant variant : PathVariant.values()) {
            if (variant != PathVariant.CANONICAL && (!variants || reader)) {
              continue;
            }
            String path = variant.apply("/api/reports", "/half-year/" + id + suffix);
            cases.add(DynamicTest.dynamicTest(role.name() + " × " + report.label() + " × report" + suffix + " × product API"
                + (variant == PathVariant.CANONICAL ? "" : " × " + variant.label), () -> {
                  HttpResponse<byte[]> response = reportFiles.get(path, role.userId(), role.password());
                  String text = ReportFiles.text(response);
                  String answer = role.name() + " GET " + path + ": " + response.statusCode();
                  if (reader) {
                    assertThat(response.statusCode()).as(answer + " " + text).isEqualTo(200);
                    assertThat(shown(response)).as(answer).contains(businessKey(report));
                  } else {
                    assertThat(response.statusCode()).as(answer + " " + text)
                        .isIn(variant == PathVariant.CANONICAL ? List.of(404) : List.of(400, 401, 403, 404));
                    assertThat(text).as(answer).doesNotContain(businessKey(report), report.instanceId(), report.canary());
                  }
                }));
          }
        }
      }
      for (String suffix : List.of("", ".xlsx", ".pdf")) {
        for (PathVariant variant : PathVariant.values()) {
          if (variant != PathVariant.CANONICAL && !variants) {
            continue;
          }
          String path = variant.apply("/api/reports", "/half-year" + suffix + "?half=" + lastHalfYear());
          cases.add(DynamicTest.dynamicTest(role.name() + " × side by side" + suffix + " × product API"
              + (variant == PathVariant.CANONICAL ? "" : " × " + variant.label), () -> {
                HttpResponse<byte[]> response = reportFiles.get(path, role.userId(), role.password());
                String answer = role.name() + " GET " + path + ": " + response.statusCode() + " " + ReportFiles.text(response);
                // Every town group reads the side-by-side (its own column, zhangpu's none of the matrix's); workers do not.
                // Leave approvers (group leaders, sector committees) read no report either.
                boolean readsAny = role.groups().stream().anyMatch(group -> Groups.isTownGroup(group)
                    || Groups.isCityGroup(group) || group.equals(Groups.ADMINS));
                if (response.statusCode() == 200) {
                  String shown = shown(response);
                  for (Work report : reports) {
                    if (readsReportsOf(role, report.town())) {
                      assertThat(shown).as(answer).contains(businessKey(report));
                    } else {
                      assertThat(shown).as(answer).doesNotContain(businessKey(report));
                    }
                  }
                  assertThat(readsAny).as(answer).isTrue();
                } else {
                  assertThat(response.statusCode()).as(answer).isIn(variant == PathVariant.CANONICAL ? List.of(403)
                      : List.of(400, 401, 403, 404));
                  assertThat(readsAny && variant == PathVariant.CANONICAL).as(answer).isFalse();
                  reports.forEach(report -> assertThat(ReportFiles.text(response)).as(answer)
                      .doesNotContain(businessKey(report)));
                }
              }));
        }
      }
    }
    return cases.stream();
  }

  /**
   * Notifications (issue 25) join the matrix on the product API: every role asks for the outbox's
   * counts, for someone else's notification profile (kfq-org's; a PUT too, which could only set
   * what is there already) and for their own. The counts are the administrator's and the city
   * office's (proven: 200 with the counts), someone else's profile the administrator's alone
   * (proven: 200 naming the user), everyone's own profile their own (proven: 200 naming them);
   * everyone else gets 403 in Chinese and nothing of the counts or the profile. A town outsider
   * and a worker also try every other spelling of the paths, and get nothing more.
   */
  @TestFactory
  Stream<DynamicTest> notificationCountsAndProfilesShowOnlyWhatIsTheirs() {
    List<DynamicTest> cases = new ArrayList<>();
    for (Role role : roles) {
      boolean admin = role.groups().contains(Groups.ADMINS);
      boolean countsReader = admin || role.groups().contains(Groups.CITY_OFFICE);
      boolean variants = role.name().equals("huaqiao-org") || role.name().equals("kfq-worker");
      for (PathVariant variant : PathVariant.values()) {
        if (variant != PathVariant.CANONICAL && !variants) {
          continue;
        }
        String label = variant == PathVariant.CANONICAL ? "" : " × " + variant.label;
        String stats = variant.apply("/api/notifications", "/stats");
        cases.add(DynamicTest.dynamicTest(role.name() + " × notification counts × product API" + label, () -> {
          HttpResponse<String> response = rest.get(stats, role.userId(), role.password());
          String answer = role.name() + " GET " + stats + ": " + response.statusCode() + " " + response.body();
          if (countsReader && variant == PathVariant.CANONICAL) {
            assertThat(response.statusCode()).as(answer).isEqualTo(200);
            assertThat(response.body()).as(answer).contains("\"counts\"", "\"SENT\"");
          } else {
            assertThat(response.statusCode()).as(answer).isIn(variant == PathVariant.CANONICAL ? List.of(403)
                : List.of(400, 401, 403, 404));
            assertThat(response.body()).as(answer).doesNotContain("\"counts\"");
            if (variant == PathVariant.CANONICAL) {
              assertThat(response.body()).as(answer).contains("只有系统管理员");
            }
          }
        }));
        String other = variant.apply("/api/notifications", "/profiles/kfq-org");
        for (String method : List.of("GET", "PUT")) {
          if (method.equals("PUT") && admin) {
            continue; // the administrator's own PUT is NotificationApiTest's
          }
          cases.add(DynamicTest.dynamicTest(role.name() + " × kfq-org's notification profile × " + method + " × product API"
              + label, () -> {
                HttpResponse<String> response = rest.send(method, other, role.userId(), role.password(),
                    method.equals("PUT") ? "{\"channel\":\"MAIL\"}" : null);
                String answer = role.name() + " " + method + " " + other + ": " + response.statusCode() + " "
                    + response.body();
                if (admin && variant == PathVariant.CANONICAL) {
                  assertThat(response.statusCode()).as(answer).isEqualTo(200);
                  assertThat(response.body()).as(answer).contains("\"userId\":\"kfq-org\"", "\"channel\"");
                } else {
                  assertThat(response.statusCode()).as(answer).isIn(variant == PathVariant.CANONICAL ? List.of(403)
                      : List.of(400, 401, 403, 404, 405));
                  assertThat(response.body()).as(answer).doesNotContain("\"channel\"", "webhookUrl");
                }
              }));
        }
      }
      cases.add(DynamicTest.dynamicTest(role.name() + " × own notification profile × product API", () -> {
        HttpResponse<String> response = rest.get("/api/notifications/profile", role.userId(), role.password());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"userId\":\"" + role.userId() + "\"");
      }));
    }
    return cases.stream();
  }

  /** The town's groups, the city groups and the administrator read a town's reports; workers none. */
  private static boolean readsReportsOf(Role role, String town) {
    return role.groups().contains(Groups.ADMINS) || role.groups().contains(Groups.CITY_OFFICE)
        || role.groups().contains(Groups.CITY_COMMITTEE) || role.groups().contains(Groups.townOrg(town))
        || role.groups().contains(Groups.townCommittee(town));
  }

  private String businessKey(Work report) {
    return "HALFYEAR-" + report.town() + "-" + lastHalfYear();
  }

  /** What a person sees in the answer: the JSON, the workbook's cells, or the PDF's text. */
  private static String shown(HttpResponse<byte[]> response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (type.startsWith("application/pdf")) {
      return ReportFiles.pdfText(response.body());
    }
    if (type.startsWith("application/vnd.openxmlformats")) {
      return ReportFiles.allText(ReportFiles.open(response.body()));
    }
    return ReportFiles.text(response);
  }

  private void checkDownload(Role role, Work instance, boolean owner, PathVariant variant) {
    String path = variant.apply("/api/assessment", "/score-sheets.xlsx?" + campaignQuery);
    HttpResponse<byte[]> response = scoreSheets.downloadFrom(path, role.userId(), role.password());
    String answer = role.name() + " × " + instance.label() + " × download " + path + ": " + response.statusCode();
    String text = response.statusCode() == 200 ? ScoreSheetFiles.text(response.body())
        : new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    if (owner) {
      assertThat(response.statusCode()).as(answer + " " + text).isEqualTo(200);
      assertThat(text).as(answer).contains(instance.taskId());
    } else {
      assertThat(response.statusCode()).as(answer + " " + text).isIn(200, 400, 401, 403, 404);
      for (String marker : instance.markers()) {
        assertThat(text).as(answer).doesNotContain(marker);
      }
    }
  }

  private void checkUpload(Role role, Work instance, Standing standing, PathVariant variant) {
    String path = variant.apply("/api/assessment", "/score-sheets");
    HttpResponse<String> response = scoreSheets.uploadTo(path, role.userId(), role.password(),
        ScoreSheetFiles.sheetFor(instance.taskId()), null);
    String answer = role.name() + " × " + instance.label() + " × upload " + path + " (" + standing + "): "
        + response.statusCode() + " " + response.body();
    if (variant == PathVariant.CANONICAL) {
      assertThat(response.statusCode()).as(answer).isIn(403, 404);
    } else {
      // Refused as not canonical, or not found by the router: never more than the canonical path.
      assertThat(response.statusCode()).as(answer).isBetween(400, 404);
    }
    assertNothingLeaks(instance, instance.taskId(), response, answer);
    assertUnchanged(instance);
  }

  private void check(Case c) {
    String path = c.action().path.apply(c.instance());
    HttpResponse<String> response = call(c.channel(), c.role(), c.variant().apply(c.channel().prefix, path),
        c.action().body.apply(c.role()));
    String answer = c.name() + ": " + response.statusCode() + " " + response.body();
    if (c.standing() == Standing.OUTSIDER && c.variant() != PathVariant.CANONICAL && response.statusCode() != 200) {
      // Refused as not canonical, or not found by the router: never more than the canonical path shows.
      assertThat(response.statusCode()).as(answer).isBetween(400, 404);
      assertNothingLeaks(c.instance(), path, response, answer);
      if (c.action().changes) {
        assertUnchanged(c.instance());
      }
    } else if (c.standing() == Standing.OUTSIDER) {
      assertNothingSeen(c.action(), c.instance(), path, response, answer);
      if (c.action().changes) {
        assertUnchanged(c.instance());
      }
    } else if (c.action().scope.provenFor(c.role(), c.instance(), c.standing())) {
      assertThat(response.statusCode()).as(answer).isEqualTo(200);
      assertThat(response.body()).as(answer).contains(c.action().reveals.apply(c.instance()));
    } else if (c.action().scope.refusedFor(c.role(), c.instance(), c.standing())) {
      // A reader of the task, not the one it is offered to: refused, and the task is left as it was.
      assertThat(response.statusCode()).as(answer).isIn(403, 404);
      assertUnchanged(c.instance());
    } else {
      assertThat(response.statusCode()).as("no rule, but no failure: " + answer).isLessThan(500);
    }
  }

  private static void assertNothingSeen(Action action, Work instance, String path, HttpResponse<String> response,
      String answer) {
    if (action.query && action.outsidersOnly) {
      assertThat(response.statusCode()).as(answer).isEqualTo(200);
    } else if (action.query) {
      assertThat(response.statusCode()).as(answer).isEqualTo(200);
      assertThat(response.body().strip()).as(answer).isEqualTo("[]");
    } else {
      assertThat(response.statusCode()).as(answer).isIn(403, 404);
    }
    assertNothingLeaks(instance, path, response, answer);
  }

  /** What the request named may come back in the refusal; nothing else of the instance may. */
  private static void assertNothingLeaks(Work instance, String path, HttpResponse<String> response, String answer) {
    for (String marker : instance.markers()) {
      if (!path.contains(marker)) {
        assertThat(response.body()).as(answer).doesNotContain(marker);
      }
    }
  }

  private void assertUnchanged(Work instance) {
    Task task = taskService.createTaskQuery().taskId(instance.taskId()).singleResult();
    assertThat(task).as("the task is still open").isNotNull();
    assertThat(task.getAssignee()).as("nobody claimed it").isEqualTo(instance.assignee());
    assertThat(runtimeService.getVariable(instance.instanceId(), CANARY)).as("nobody wrote its variables")
        .isEqualTo(instance.canary());
  }

  /** {@code url}: the API's prefix and the path below it, as the case's variant spells them. */
  private HttpResponse<String> call(Channel channel, Role role, String url, String json) {
    if (channel == Channel.REST) {
      return json == null ? rest.get(url, role.userId(), role.password())
          : rest.postJson(url, role.userId(), role.password(), json);
    }
    Http session = webappSessions.computeIfAbsent(role.userId(), user -> {
      Http http = new Http(port);
      assertThat(http.webappLogin("tasklist", user, role.password()).statusCode()).as("%s logs into Tasklist", user)
          .isEqualTo(200);
      return http;
    });
    return json == null ? session.webappGet(url) : session.webappPostJson(url, json);
  }

  /** One instance of each town process with user tasks, each waiting at a task of the town or of the city. */
  private void startWorkIn(String town, Map<String, String> owners) {
    String org = town + "-org";
    String committee = town + "-committee";

    Worker resigner = people.activeWorker(town, "辞职人");
    dossierSubjects.put(town, resigner);
    add(town, forms.start("ResignationProcess", resigner.getUserId(),
        Map.of("reason", "个人原因", "lastWorkingDay", LocalDate.now(clock).plusDays(30).toString())));

    ProcessInstance dismissal = forms.start("DismissalProcess", org,
        Map.of("workerId", people.activeWorker(town, "解聘人").getId(), "seriousIncident", true, "evidence", "责任事故调查报告"));
    forms.complete(taskOf(dismissal), org, Map.of("opinion", "建议解聘"));
    add(town, dismissal); // at the town committee's decision

    add(town, forms.start("WarningTalkProcess", org, Map.of("workerId", people.activeWorker(town, "告诫人").getId(),
        "ground", "POOR_FIT", "reason", "连续三个月工作台账缺失，督促后仍未改进")));

    Worker probationer = people.workerOnProbation(town, "试用人");
    ProcessInstance probation = probationStart.of(probationer.getId(), LocalDate.now(clock));
    forms.complete(taskOf(probation), org, Map.of("mentorName", "王师傅", "mentorPosition", "组织委员"));
    add(town, probation); // at the probationer's own public commitment
    owners.put(town + "-probationer", probationer.getUserId());

    add(town, forms.start("PostEstablishmentProcess", committee,
        Map.of("postCount", 1, "stations", town + "隔离测试区域党建工作站", "reason", "新建区域党建工作站"))); // at the city's review

    transaction.executeWithoutResult(status -> posts.save(new Post(town, town + "隔离测试区域党建工作站", clock.instant())));
    add(town, forms.start("RecruitmentProcess", org, Map.of("postsToFill", 1, "conditions", "中共党员，大专及以上学历",
        "schedule", "12月1日至7日报名"))); // a town's own plan, at the city's consent

    noticeIds.put(town, notices.of(notices.publish(town, "isolation-" + town).getId()).getId());

    Worker disqualified = people.workerOnProbation(town, "取消资格人");
    probationStart.of(disqualified.getId(), LocalDate.now(clock));
    people.actAsSystem();
    HttpResponse<String> reported = rest.postJson("/api/probations/"
        + probations.latestOf(disqualified.getId()).orElseThrow().getId() + "/qualification-problems", org, DEMO_PASSWORD,
        "{\"problem\":\"学历证书不实\"}");
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);
    disqualifiedSubjects.put(town, disqualified);
    Worker objector = people.activeWorker(town, "异议人");
    add(town, forms.start("NoticeObjectionProcess", objector.getUserId(), Map.of())); // the objector's own task
    owners.put(town + "-objector", objector.getUserId());

    add(town, forms.start("HalfYearReportProcess", org, Map.of("halfYear", lastHalfYear()))); // at the department's writing

    // A leave of at most 3 working days (Monday to Wednesday two weeks on), at the group leader's approval
    Worker onLeave = people.activeWorker(town, "请假人");
    leaveSubjects.put(town, onLeave);
    LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(2);
    add(town, forms.start("LeaveRequestProcess", onLeave.getUserId(), Map.of("firstDay", monday.toString(),
        "lastDay", monday.plusDays(2).toString(), "reason", "家中有事")));
  }

  /** The half year before today's, {@code 2026-H1}: each town's report of the matrix is for it. */
  private String lastHalfYear() {
    LocalDate today = LocalDate.now(clock);
    return today.getMonthValue() <= 6 ? (today.getYear() - 1) + "-H2" : today.getYear() + "-H1";
  }

  /**
   * An annual assessment campaign (kunshan) whose self-reports are all in: each town's worker of the
   * matrix waits at 按考核评价表评分, offered to the town's organisation department.
   */
  private void startScoring() {
    Map<String, Worker> assessed = new HashMap<>();
    TOWNS.forEach(town -> assessed.put(town, people.activeWorker(town, "考核人")));
    ProcessInstance campaign = campaigns.start(2023, "kunshan");
    for (Task report : campaigns.tasks(campaign, Campaigns.SELF_REPORT_TASK)) {
      campaigns.complete(report, Campaigns.selfReport());
    }
    Object campaignId = runtimeService.getVariable(campaign.getId(), "campaignId");
    campaignQuery = "campaign=" + campaignId;
    for (String town : TOWNS) {
      Long workerId = assessed.get(town).getId();
      Task scoring = campaigns.tasks(campaign, Campaigns.EVALUATION_FORM_TASK).stream()
          .filter(task -> workerId.equals(runtimeService.getVariable(task.getProcessInstanceId(), "workerId")))
          .findFirst().orElseThrow();
      add(town, runtimeService.createProcessInstanceQuery().processInstanceId(scoring.getProcessInstanceId())
          .singleResult());
    }
  }

  /** The instance at its one open task, with a variable no other instance has, to find it in any answer. */
  private void add(String town, ProcessInstance instance) {
    assertThat(instance.getTenantId()).isEqualTo(town);
    Task task = taskOf(instance);
    String canary = "canary-" + UUID.randomUUID();
    runtimeService.setVariable(instance.getId(), CANARY, canary);
    // The same marker as a file, for the by-id reads of a variable's data.
    runtimeService.setVariable(instance.getId(), CANARY_FILE, Variables.byteArrayValue(canary.getBytes(StandardCharsets.UTF_8)));
    String canaryId = variableId(instance, CANARY);
    String fileId = variableId(instance, CANARY_FILE);
    Set<String> candidateGroups = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId)
        .collect(Collectors.toSet());
    String process = instance.getProcessDefinitionId().substring(0, instance.getProcessDefinitionId().indexOf(':'));
    work.add(new Work(town, process, instance.getId(), task.getId(), canary, canaryId, fileId, candidateGroups,
        task.getAssignee()));
  }

  private String variableId(ProcessInstance instance, String name) {
    return runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance.getId()).variableName(name)
        .singleResult().getId();
  }

  private Task taskOf(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Role role(String name, String userId, String password) {
    Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .collect(Collectors.toSet());
    return new Role(name, userId, password, groups);
  }

  record Role(String name, String userId, String password, Set<String> groups) {
  }

  record Case(Role role, Work instance, Standing standing, Action action, Channel channel, PathVariant variant) {

    String name() {
      return role.name() + " × " + instance.label() + " × " + action.label + " × " + channel.label
          + (variant == PathVariant.CANONICAL ? "" : " × " + variant.label);
    }
  }

  /** A town's process instance waiting at a user task. */
  record Work(String town, String process, String instanceId, String taskId, String canary, String canaryId,
      String fileId, Set<String> candidateGroups, String assignee) {

    String label() {
      return town + " " + process;
    }

    /** The task is offered to the role: assigned to them or to one of their groups as candidates. */
    boolean offeredTo(Role role) {
      return role.userId().equals(assignee) || !Collections.disjoint(role.groups(), candidateGroups);
    }

    /** What no outsider's answer may contain. */
    List<String> markers() {
      return List.of(taskId, instanceId, canary);
    }
  }

  /** Where a role stands to an instance, from its groups (DOMAIN.md §Who uses it). */
  enum Standing {
    ADMIN, CITY, TOWN, CANDIDATE, ASSIGNEE, OUTSIDER;

    static Standing of(Role role, Work instance) {
      if (role.groups().contains(Groups.ADMINS)) {
        return ADMIN;
      }
      if (role.groups().contains(Groups.CITY_OFFICE) || role.groups().contains(Groups.CITY_COMMITTEE)) {
        return CITY;
      }
      if (role.groups().contains(Groups.townOrg(instance.town()))
          || role.groups().contains(Groups.townCommittee(instance.town()))) {
        return TOWN;
      }
      if (!Collections.disjoint(role.groups(), instance.candidateGroups())) {
        return CANDIDATE; // a town's leave approver, offered the task as its group (001 第十八条(四))
      }
      return role.userId().equals(instance.assignee()) ? ASSIGNEE : OUTSIDER;
    }
  }

  /**
   * What an action touches, and so which insiders the product lets do it (issue 22's decision on
   * visibility): reading a task is not working on it.
   */
  enum Scope {
    /** Reading a task: its town's groups (org department and committee alike), the city, its assignee. */
    TASK,
    /** Claiming, completing: only the group or person the task is offered to. */
    WORK,
    /** Writing a task's variables: nobody but the administrator (candidates get TASK_WORK, not UPDATE). */
    WRITE,
    INSTANCE, HISTORY;

    /** The insiders the product lets do it; the matrix proves it works for them (but runs no WORK of theirs). */
    boolean provenFor(Role role, Work instance, Standing standing) {
      return switch (this) {
        // READ_TASK on the definitions (tenant check: their towns only); a worker by the task's own row.
        case TASK -> standing == Standing.ADMIN || standing == Standing.CITY || standing == Standing.TOWN
            || instance.offeredTo(role);
        // TASK_WORK on the definition (groups) or the task's own user row, narrowed to its candidates and assignee.
        case WORK -> standing == Standing.ADMIN || instance.offeredTo(role);
        case WRITE -> standing == Standing.ADMIN;
        case INSTANCE -> standing == Standing.ADMIN || standing == Standing.CITY || standing == Standing.TOWN;
        case HISTORY -> standing == Standing.ADMIN || standing == Standing.CITY || standing == Standing.TOWN;
      };
    }

    /**
     * The insiders the product refuses although they read the task: the other group of the task's
     * town (the committee on the org department's task and the other way round) and the city groups
     * on a task not offered to them; for variables, its candidates and assignee too. 403 or 404, and
     * the task is left as it was.
     */
    boolean refusedFor(Role role, Work instance, Standing standing) {
      return (this == WORK || this == WRITE) && standing != Standing.OUTSIDER && !provenFor(role, instance, standing);
    }
  }

  enum Action {
    LIST("list", Scope.TASK, Kind.QUERY, w -> "/task?maxResults=100&processInstanceId=" + w.instanceId(), Work::taskId, null),
    LIST_ALL("list unfiltered", Scope.TASK, Kind.OUTSIDERS_QUERY, w -> "/task?maxResults=2000", Work::taskId, null),
    READ("read", Scope.TASK, Kind.CALL, w -> "/task/" + w.taskId(), Work::taskId, null),
    READ_FORM_VARIABLES("read form variables", Scope.TASK, Kind.CALL, w -> "/task/" + w.taskId() + "/form-variables",
        Work::canary, null),
    READ_TASK_VARIABLES("read task variables", Scope.TASK, Kind.CALL, w -> "/task/" + w.taskId() + "/variables",
        Work::canary, null),
    CLAIM("claim", Scope.WORK, Kind.CHANGE, w -> "/task/" + w.taskId() + "/claim", Work::taskId,
        role -> "{\"userId\":\"" + role.userId() + "\"}"),
    COMPLETE("complete", Scope.WORK, Kind.CHANGE, w -> "/task/" + w.taskId() + "/submit-form", Work::taskId,
        role -> "{\"variables\":{}}"),
    COMPLETE_WITHOUT_FORM("complete without form", Scope.WORK, Kind.CHANGE, w -> "/task/" + w.taskId() + "/complete",
        Work::taskId, role -> "{\"variables\":{}}"),
    WRITE_TASK_VARIABLES("write task variables", Scope.WRITE, Kind.CHANGE, w -> "/task/" + w.taskId() + "/variables",
        Work::taskId, role -> "{\"modifications\":{\"" + CANARY + "\":{\"value\":\"overwritten\"}}}"),
    LIST_INSTANCES("list instances", Scope.INSTANCE, Kind.QUERY,
        w -> "/process-instance?maxResults=100&processInstanceIds=" + w.instanceId(), Work::instanceId, null),
    READ_VARIABLES("read variables", Scope.INSTANCE, Kind.CALL,
        w -> "/process-instance/" + w.instanceId() + "/variables", Work::canary, null),
    // The instance is its own root execution, which holds the instance's variables.
    READ_EXECUTION_VARIABLES("read execution variables", Scope.INSTANCE, Kind.CALL,
        w -> "/execution/" + w.instanceId() + "/localVariables", Work::canary, null),
    READ_TASK_HISTORY("read task history", Scope.HISTORY, Kind.QUERY,
        w -> "/history/task?maxResults=100&processInstanceId=" + w.instanceId(), Work::taskId, null),
    READ_INSTANCE_HISTORY("read instance history", Scope.HISTORY, Kind.CALL,
        w -> "/history/process-instance/" + w.instanceId(), Work::instanceId, null),
    READ_VARIABLE_HISTORY("read variable history", Scope.HISTORY, Kind.QUERY,
        w -> "/history/variable-instance?maxResults=100&processInstanceId=" + w.instanceId(), Work::canary, null),
    // By id (issue 28): a variable, a file variable's bytes, and the same from history.
    READ_VARIABLE_BY_ID("read a variable by id", Scope.INSTANCE, Kind.CALL,
        w -> "/variable-instance/" + w.canaryId(), Work::canary, null),
    READ_VARIABLE_DATA("read a variable's data by id", Scope.INSTANCE, Kind.CALL,
        w -> "/variable-instance/" + w.fileId() + "/data", Work::canary, null),
    READ_HISTORIC_VARIABLE_BY_ID("read a historic variable by id", Scope.HISTORY, Kind.CALL,
        w -> "/history/variable-instance/" + w.canaryId(), Work::canary, null),
    READ_HISTORIC_VARIABLE_DATA("read a historic variable's data by id", Scope.HISTORY, Kind.CALL,
        w -> "/history/variable-instance/" + w.fileId() + "/data", Work::canary, null);

    private enum Kind { QUERY, OUTSIDERS_QUERY, CALL, CHANGE }

    final String label;
    final Scope scope;
    final boolean query;
    final boolean changes;
    /** Only outsiders try it (every insider's answer is a different list). */
    final boolean outsidersOnly;
    final Function<Work, String> path;
    /** What a successful answer shows of the instance. */
    final Function<Work, String> reveals;
    /** The JSON a POST sends as the role; null for a GET. */
    final Function<Role, String> body;

    Action(String label, Scope scope, Kind kind, Function<Work, String> path, Function<Work, String> reveals,
        Function<Role, String> body) {
      this.label = label;
      this.scope = scope;
      this.query = kind == Kind.QUERY || kind == Kind.OUTSIDERS_QUERY;
      this.changes = kind == Kind.CHANGE;
      this.outsidersOnly = kind == Kind.OUTSIDERS_QUERY;
      this.path = path;
      this.reveals = reveals;
      this.body = body == null ? role -> null : body;
    }
  }

  enum Channel {
    REST("REST", "/engine-rest"),
    WEBAPP("webapp API", "/camunda/api/engine/engine/default");

    final String label;
    final String prefix;

    Channel(String label, String prefix) {
      this.label = label;
      this.prefix = prefix;
    }
  }
}
