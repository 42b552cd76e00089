package org.partyaffairs.workforce.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.notice.PublishedNotices;
import org.partyaffairs.workforce.post.Post;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.probation.ProbationService;
import org.partyaffairs.workforce.probation.ProbationStart;
import org.partyaffairs.workforce.recruitment.RecruitmentService;
import org.partyaffairs.workforce.report.ReportFiles;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The filing documents of probation and recruitment, read back from their PDFs: 试用期取消资格备案表
 * (001 第六条) with the review, the grounds, the mentor and the dates, carrying the filing number once
 * the city office filed it; 聘用通知书 (000 第六条) of a hire with the post, the town, the contract and
 * the probation period. Both are listed in the dossier's filings; another town's worker is 404.
 */
@IntegrationTest
class FilingDocumentsTest {

  static final String FILING_NUMBER = "昆两新备〔2026〕试9号";

  @LocalServerPort int port;
  @Autowired Forms forms;
  @Autowired People people;
  @Autowired ProbationStart probationStart;
  @Autowired ProbationService probations;
  @Autowired RecruitmentService recruitment;
  @Autowired PublishedNotices published;
  @Autowired PostRepository posts;
  @Autowired WorkerRepository workers;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired TransactionTemplate transaction;
  @Autowired ObjectMapper json;
  @Autowired Clock clock;

  Http http;
  ReportFiles files;

  @BeforeEach
  void setUp() {
    http = new Http(port);
    files = new ReportFiles(port);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    people.actAsSystem();
  }

  @Test
  void aProbationFailedAtTheExamPrintsTheReviewTheGroundsAndTheMentorThenTheFilingNumber() throws Exception {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T02:00:00Z")));
    Worker worker = people.workerOnProbation("kfq", "试用备案甲");
    ProcessInstance instance = probationStart.of(worker.getId(), LocalDate.parse("2026-03-02"));
    complete(instance, "kfq-org", Map.of("mentorName", "王师傅", "mentorPosition", "组织委员"));
    complete(instance, worker.getUserId(), Map.of("workCommitment", "每月走访所联系两新组织不少于4次",
        "integrityCommitment", "不收受服务对象任何财物", "commitmentMadeOn", "2026-03-02"));
    ClockUtil.setCurrentTime(managementService.createJobQuery().processInstanceId(instance.getId()).singleResult()
        .getDuedate());
    runJobs(instance);
    complete(instance, "kfq-org", Map.of("examScore", 59.5, "votesExcellent", 5, "votesGood", 5, "votesFair", 0,
        "votesPoor", 0));
    runJobs(instance);

    String before = pdf("/api/workers/" + worker.getId() + "/filings/probation.pdf", "office");
    complete(instance, "office", Map.of("filingNumber", FILING_NUMBER));
    String after = pdf("/api/workers/" + worker.getId() + "/filings/probation.pdf", "kfq-org");

    assertThat(before).contains("试用期取消资格备案表", "昆山开发区党（工）委", "试用备案甲", "备案号：尚未备案",
        "录用日期2026-03-02", "试用期最后一日2026-05-02", "王师傅（组织委员）", "试用期满考试59.5分（及格分60分）",
        "优秀5、良好5、一般0、差0", "取消资格：试用期满考试不及格", "001第六条", "规则决定");
    assertThat(after).contains("备案号：" + FILING_NUMBER, "吴敏（office）").doesNotContain("尚未备案");
    JsonNode filings = json.readTree(http.get("/api/workers/" + worker.getId() + "/dossier", "kfq-org", "demo").body())
        .get("filings");
    assertThat(filings.findValuesAsText("sheet")).contains("probation.pdf");
    assertThat(filings.findValuesAsText("filingNumber")).contains(FILING_NUMBER);
  }

  @Test
  void aQualificationProblemPrintsTheProblemAndOnlyADisqualifiedProbationHasASheet() {
    Worker disqualified = people.workerOnProbation("kfq", "试用备案乙");
    ProcessInstance instance = probationStart.of(disqualified.getId(), LocalDate.now(clock));
    Long probationId = probations.latestOf(disqualified.getId()).orElseThrow().getId();
    assertThat(http.postJson("/api/probations/" + probationId + "/qualification-problems", "kfq-org", "demo",
        "{\"problem\":\"学历证书不实\"}").statusCode()).isEqualTo(200);
    Worker onProbation = people.workerOnProbation("kfq", "试用备案丙");
    probationStart.of(onProbation.getId(), LocalDate.now(clock));

    assertThat(pdf("/api/workers/" + disqualified.getId() + "/filings/probation.pdf", "kfq-committee"))
        .contains("试用备案乙", "不符合招录条件", "学历证书不实", "（未指定）", "备案号：尚未备案", "当即取消资格");
    assertRefused(files.get("/api/workers/" + onProbation.getId() + "/filings/probation.pdf", "kfq-org", "demo"),
        "没有试用期取消资格记录");
    assertRefused(files.get("/api/workers/" + disqualified.getId() + "/filings/probation.pdf", "huaqiao-org", "demo"),
        "不存在");
    assertThat(instance.getId()).isNotNull();
  }

  @Test
  void aHireThroughRecruitmentPrintsItsAppointmentNoticeWithPostContractAndProbation() throws Exception {
    Worker worker = hireThroughRecruitment();

    String notice = pdf("/api/workers/" + worker.getId() + "/filings/appointment.pdf", "kfq-org");

    LocalDate signed = LocalDate.parse("2026-12-01");
    assertThat(notice).contains("聘用通知书", "昆山开发区党（工）委", "聘用合同编号：昆开聘〔2026〕5号", "聘用者甲",
        "聘用区镇昆山开发区", "聘用岗位通知测试区域党建工作站", "合同签订日期" + signed,
        "试用期" + signed + "至2027-02-01（两个月）", "000第六条", "001第六条",
        "笔试成绩91", "面试成绩88", "REC-kfq-");
    JsonNode filings = json.readTree(http.get("/api/workers/" + worker.getId() + "/dossier", "kfq-org", "demo").body())
        .get("filings");
    assertThat(filings.findValuesAsText("sheet")).contains("appointment.pdf");
    assertThat(filings.findValuesAsText("filingNumber")).contains("昆开聘〔2026〕5号");
    assertRefused(files.get("/api/workers/" + worker.getId() + "/filings/appointment.pdf", "huaqiao-org", "demo"),
        "不存在");
  }

  @Test
  void aWorkerHiredBeforeTheProductStillHasANoticeOfTheirHireWithoutAContractNumber() {
    Worker worker = people.activeWorker("huaqiao", "早年聘用");

    assertThat(pdf("/api/workers/" + worker.getId() + "/filings/appointment.pdf", worker.getUserId(), "test"))
        .contains("聘用通知书", "花桥经济开发区党（工）委", "早年聘用", "（未经本系统招录）", "测试区域党建工作站");
    assertRefused(files.get("/api/workers/" + worker.getId() + "/filings/appointment.pdf", "kfq-org", "demo"), "不存在");
    assertRefused(files.get("/api/workers/99999999/filings/appointment.pdf", "office", "demo"), "不存在");
  }

  /** A town's own recruitment with the city's consent, one candidate, to the signed contract. */
  private Worker hireThroughRecruitment() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T02:00:00Z")));
    Post post = transaction.execute(status -> posts.save(new Post("kfq", "通知测试区域党建工作站", clock.instant())));
    ProcessInstance plan = forms.start("RecruitmentProcess", "kfq-org", Map.of("postsToFill", 1,
        "conditions", "中共党员，大专及以上学历", "schedule", "12月报名"));
    complete(plan, "committee", Map.of("consent", "AGREE", "consentReason", "同意区镇按方案招录"));
    runJobs(plan);
    Long planId = recruitment.planOf(plan.getId()).getId();
    assertThat(http.postCsv("/api/recruitments/" + planId + "/candidates", "kfq-org", "demo", "姓名,学历\n聘用者甲,本科")
        .statusCode()).isEqualTo(201);
    complete(plan, "kfq-org", Map.of());
    complete(plan, "kfq-org", Map.of("qualification", "PASS"));
    runJobs(plan);
    complete(plan, "kfq-org", Map.of("examScore", 91, "interviewScore", 88));
    runJobs(plan);
    ProcessInstance notice = runtimeService.createProcessInstanceQuery().superProcessInstanceId(plan.getId())
        .singleResult();
    ClockUtil.setCurrentTime(Date.from(published.of(notice.getId()).getClosesAt()));
    runJobs(notice);
    runJobs(plan);
    complete(plan, "kfq-org", Map.of("hire", "HIRE", "postId", post.getId().toString(),
        "contractNumber", "昆开聘〔2026〕5号", "contractSignedOn", "2026-12-01"));
    runJobs(plan);
    return workers.findById(posts.findById(post.getId()).orElseThrow().getWorkerId()).orElseThrow();
  }

  private void complete(ProcessInstance instance, String userId, Map<String, Object> form) {
    List<Task> open = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
    assertThat(open).as("one task open in %s", instance.getId()).hasSize(1);
    forms.complete(open.get(0), userId, new HashMap<>(form));
    people.actAsSystem();
  }

  private void runJobs(ProcessInstance instance) {
    managementService.createJobQuery().processInstanceId(instance.getId()).executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }

  private String pdf(String path, String user) {
    return pdf(path, user, "demo");
  }

  private String pdf(String path, String user, String password) {
    HttpResponse<byte[]> response = files.get(path, user, password);
    assertThat(response.statusCode()).as(path + " " + ReportFiles.text(response)).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    return ReportFiles.pdfText(response.body());
  }

  private static void assertRefused(HttpResponse<byte[]> response, String words) {
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(ReportFiles.text(response)).contains(words).doesNotContain("Exception", "org.")
        .containsPattern("[\\u4e00-\\u9fa5]");
  }
}
