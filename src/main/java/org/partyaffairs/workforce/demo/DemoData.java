package org.partyaffairs.workforce.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.certification.CertificationService;
import org.partyaffairs.workforce.persistence.StartupStep;
import org.partyaffairs.workforce.probation.ProbationStart;
import org.partyaffairs.workforce.rules.facts.CertificationLevel;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.security.UserAccounts;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.partyaffairs.workforce.worker.WorkerService;
import org.partyaffairs.workforce.post.Staffing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: one user per role in the towns kfq, huaqiao and zhangpu and in the city, and a
 * few workers with posts, all with the one demo password. Runs after {@code IdentitySetup} and adds
 * only what is missing, so restarts keep whatever the demo users did; one node at a time
 * ({@code persistence.StartupSetUp}).
 */
@Component
@Profile("demo")
@Order(1)
class DemoData implements StartupStep {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private static final String ACTOR = "demo";

  /** Tasklist shows "first last": the full name, then the role, e.g. 孙丽 昆山开发区组织部门. */
  record DemoUser(String id, String name, String role, String group) {
  }

  record DemoWorker(String userId, String name, String town, String station, boolean confirmed) {
  }

  static final List<DemoUser> USERS = List.of(
      new DemoUser("committee", "周建国", "市委\"两新\"工委", Groups.CITY_COMMITTEE),
      new DemoUser("office", "吴敏", "市委\"两新\"工委办公室", Groups.CITY_OFFICE),
      new DemoUser("kfq-committee", "钱志强", "昆山开发区党工委", Groups.townCommittee("kfq")),
      new DemoUser("kfq-org", "孙丽", "昆山开发区组织部门", Groups.townOrg("kfq")),
      new DemoUser("huaqiao-committee", "郑伟", "花桥经济开发区党工委", Groups.townCommittee("huaqiao")),
      new DemoUser("huaqiao-org", "王芳", "花桥经济开发区组织部门", Groups.townOrg("huaqiao")),
      new DemoUser("zhangpu-committee", "冯涛", "张浦镇党委", Groups.townCommittee("zhangpu")),
      new DemoUser("zhangpu-org", "陈静", "张浦镇组织部门", Groups.townOrg("zhangpu")),
      // The leave approvers of 001 第十八条(四): up to 3 working days, and up to 10.
      new DemoUser("kfq-leader", "陆建华", "昆山开发区包片工作组组长", Groups.groupLeader("kfq")),
      new DemoUser("kfq-sector", "韩雪", "昆山开发区非公企业党委", Groups.sectorCommittee("kfq")),
      new DemoUser("huaqiao-leader", "蒋国平", "花桥经济开发区包片工作组组长", Groups.groupLeader("huaqiao")),
      new DemoUser("huaqiao-sector", "沈月", "花桥经济开发区社会组织党委", Groups.sectorCommittee("huaqiao")),
      new DemoUser("zhangpu-leader", "曹磊", "张浦镇包片工作组组长", Groups.groupLeader("zhangpu")),
      new DemoUser("zhangpu-sector", "邓琳", "张浦镇非公企业党委", Groups.sectorCommittee("zhangpu")));

  /**
   * Enough workers per town that every walk (docs/capabilities) can be done in any order: after a resignation,
   * a dismissal and a warning in 昆山开发区 its assessment still has people to score. Added workers
   * come after the first four, so their numbers (1–4) stay as the walks name them; each has a
   * station of their own (one post a station).
   */
  static final List<DemoWorker> WORKERS = List.of(
      new DemoWorker("kfq-worker", "李明", "kfq", "蓬朗区域党建工作站", true),
      new DemoWorker("kfq-worker2", "𠮷丽华", "kfq", "青阳区域党建工作站", false),
      new DemoWorker("huaqiao-worker", "张伟", "huaqiao", "花桥商务城区域党建工作站", true),
      new DemoWorker("zhangpu-worker", "刘洋", "zhangpu", "张浦镇区域党建工作站", true),
      new DemoWorker("kfq-worker3", "王强", "kfq", "陆家区域党建工作站", true),
      new DemoWorker("kfq-worker4", "赵敏", "kfq", "城北区域党建工作站", true),
      new DemoWorker("kfq-worker5", "欧阳志远", "kfq", "城南区域党建工作站", true),
      new DemoWorker("huaqiao-worker2", "周杰", "huaqiao", "徐公桥区域党建工作站", true),
      new DemoWorker("huaqiao-worker3", "林晓燕", "huaqiao", "曹安区域党建工作站", true),
      new DemoWorker("zhangpu-worker2", "何佳", "zhangpu", "大市区域党建工作站", true),
      new DemoWorker("zhangpu-worker3", "徐海峰", "zhangpu", "南港区域党建工作站", true));

  /** Certified workers of the demo (002 资格认证): certificates registered as issued before the product's rounds. */
  record DemoCertificate(String userId, CertificationLevel level, LocalDate issuedOn) {
  }

  static final List<DemoCertificate> CERTIFICATES = List.of(
      new DemoCertificate("kfq-worker5", CertificationLevel.PRIMARY, LocalDate.of(2025, 12, 15)),
      new DemoCertificate("huaqiao-worker3", CertificationLevel.INTERMEDIATE, LocalDate.of(2025, 12, 15)));

  private final UserAccounts accounts;
  private final WorkerRepository workers;
  private final WorkerService workerService;
  private final Staffing staffing;
  private final ProbationStart probation;
  private final WorkforceProperties properties;
  private final Clock clock;
  private final CertificationService certification;

  DemoData(UserAccounts accounts, WorkerRepository workers, WorkerService workerService, Staffing staffing, ProbationStart probation,
      WorkforceProperties properties, Clock clock, CertificationService certification) {
    this.accounts = accounts;
    this.workers = workers;
    this.workerService = workerService;
    this.staffing = staffing;
    this.probation = probation;
    this.properties = properties;
    this.clock = clock;
    this.certification = certification;
  }

  @Override
  @Transactional
  public void setUp() {
    String password = properties.demo().password();
    USERS.forEach(user -> accounts.ensure(user.id(), user.name(), user.role(), password, user.group()));
    for (DemoWorker demo : WORKERS) {
      accounts.ensureWorker(demo.userId(), demo.name(), demo.town(), password);
      if (workers.findByUserId(demo.userId()).isEmpty()) {
        Worker worker = staffing.hire(demo.name(), demo.town(), demo.userId(), demo.station(), ACTOR);
        if (demo.confirmed()) {
          workerService.confirm(worker, ACTOR);
        } else {
          probation.of(worker.getId(), LocalDate.now(clock));
        }
      }
    }
    for (DemoCertificate demo : CERTIFICATES) {
      workers.findByUserId(demo.userId()).ifPresent(worker -> certification.register(worker.getId(), demo.level(),
          demo.issuedOn(), ACTOR));
    }
    log.info("Demo data ready: {} users, {} workers; password '{}'", USERS.size() + WORKERS.size(), WORKERS.size(),
        password);
  }
}
