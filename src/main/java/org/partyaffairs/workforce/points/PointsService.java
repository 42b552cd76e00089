package org.partyaffairs.workforce.points;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.rules.DecisionResult;
import org.partyaffairs.workforce.rules.DecisionService;
import org.partyaffairs.workforce.rules.Explanation;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.AsSystem;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.worker.Article;
import org.partyaffairs.workforce.worker.Trail;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points ledger kept all year (004 附件1 二、考核流程: 专人记录、定期公布、支部评定、上级审核、年度公示).
 *
 * <p>The town organisation department (the 考核记录员) records lines as they happen; a bonus or a
 * deduction needs its material (evidence) or at least two witnesses (附件1 一、考核设置: 可由本人申报并提供
 * 相关材料，或至少2名党员群众予以证明 / 需提供相关材料或由至少2名党员群众予以证明). A witness is another user of
 * the worker's own town, never the worker. A worker claims a bonus line himself; the department
 * accepts or refuses it with a reason (经党支部审核后认定). A veto (一票否决, items 1–6) counts only once
 * the town committee confirms it (党支部应通过民主评议程序). A correction supersedes a line and says why
 * (发现问题及时纠正). Every item and level is judged by points-score, and the total is always its answer.
 */
@Service
@Transactional
public class PointsService {

  private static final Logger log = LoggerFactory.getLogger(PointsService.class);

  /** The standing of a ledger as points-score computes it from the accepted lines. */
  public record Standing(long bonus, long deductions, long total, boolean veto, List<Explanation> explanation) {

    /** 总分 104（加分 10，减分 6）, or 一票否决，年度积分为0. */
    public String describe() {
      return veto ? "一票否决，年度积分为0" : "总分 " + total + "（加分 " + bonus + "，减分 " + deductions + "）";
    }
  }

  private final PointsLedgerRepository ledgers;
  private final PointsEntryRepository entries;
  private final WorkerRepository workers;
  private final DecisionService decisions;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final AsSystem asSystem;
  private final Trail trail;
  private final WorkforceProperties properties;
  private final Clock clock;

  PointsService(PointsLedgerRepository ledgers, PointsEntryRepository entries, WorkerRepository workers,
      DecisionService decisions, @Lazy IdentityService identity, @Lazy RuntimeService runtime, AsSystem asSystem,
      Trail trail, WorkforceProperties properties, Clock clock) {
    this.ledgers = ledgers;
    this.entries = entries;
    this.workers = workers;
    this.decisions = decisions;
    this.identity = identity;
    this.runtime = runtime;
    this.asSystem = asSystem;
    this.trail = trail;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The department records a line as it happened. A bonus or deduction counts at once; a veto waits
   * for the town committee's confirmation (a PointsClaimProcess is started for it).
   */
  public PointsEntry record(Actor recorder, Long workerId, int item, int count, String level, LocalDate occurredOn,
      String evidence, List<String> witnesses) {
    Worker worker = visibleWorker(recorder, workerId);
    requireDepartment(recorder, worker.getTownCode(), "积分台账由工作者所在区镇组织部门登记");
    PointsEntry entry = newLine(worker, item, count, level, occurredOn, evidence, witnesses, PointsEntrySource.RECORDED,
        recorder.userId());
    if (entry.isVeto()) {
      trail.record(worker, "POINTS_VETO_PROPOSED", "组织部门登记" + entry.describe() + "（" + occurredOn + "），待区镇党（工）委确认"
          + support(entry), recorder.userId(), null, Article.POINTS_SETTING);
      startReview(entry);
    } else {
      trail.record(worker, "POINTS_RECORDED", "积分台账登记：" + entry.describe() + "（" + occurredOn + "）" + support(entry),
          recorder.userId(), null, Article.POINTS_PROCESS);
    }
    log.info("Points line {} of worker {} recorded by {}", entry.getId(), worker.getId(), recorder.userId());
    return entry;
  }

  /** The worker claims a bonus line himself, with evidence or two witnesses; the department checks it. */
  public PointsEntry claim(Actor claimant, int item, int count, String level, LocalDate occurredOn, String evidence,
      List<String> witnesses) {
    Worker worker = workers.findByUserId(claimant.userId()).filter(Worker::inService)
        .orElseThrow(() -> new InvalidRequestException("只有在职的工作者本人可以申报加分"));
    PointsEntry entry = claimLine(worker, claimant, item, count, level, occurredOn, evidence, witnesses);
    startReview(entry);
    return entry;
  }

  /** The claim's line, for a claim made in Tasklist (its process is already running). */
  PointsEntry claimInProcess(Actor claimant, int item, int count, String level, LocalDate occurredOn, String evidence,
      List<String> witnesses, String processInstanceId, String town) {
    Worker worker = workers.findByUserId(claimant.userId()).filter(Worker::inService)
        .orElseThrow(() -> new InvalidRequestException("只有在职的工作者本人可以申报加分"));
    if (!worker.getTownCode().equals(town)) {
      throw new InvalidRequestException("工作者 " + worker.getName() + " 不属于本流程所在区镇");
    }
    PointsEntry entry = claimLine(worker, claimant, item, count, level, occurredOn, evidence, witnesses);
    entry.startedBy(processInstanceId);
    return entry;
  }

  private PointsEntry claimLine(Worker worker, Actor claimant, int item, int count, String level, LocalDate occurredOn,
      String evidence, List<String> witnesses) {
    if (item < PointsEntry.FIRST_BONUS || item > PointsEntry.LAST_BONUS) {
      throw new InvalidRequestException("本人只能申报加分项目（004 附件2 第7至14项），收到第" + item + "项");
    }
    PointsEntry entry = newLine(worker, item, count, level, occurredOn, evidence, witnesses, PointsEntrySource.CLAIMED,
        claimant.userId());
    trail.record(worker, "POINTS_CLAIMED", "本人申报加分：" + entry.describe() + "（" + occurredOn + "）" + support(entry),
        claimant.userId(), null, Article.POINTS_SETTING);
    log.info("Points claim {} of worker {}", entry.getId(), worker.getId());
    return entry;
  }

  /** The department accepts or refuses a claimed bonus (经党支部审核后认定); a refusal needs its reason. */
  public PointsEntry check(String processInstanceId, Actor checker, PointsDecision decision, String note) {
    PointsEntry entry = of(processInstanceId);
    requireDepartment(checker, entry.getLedger().getTownCode(), "加分申报由工作者所在区镇组织部门审核");
    decide(entry, checker, decision, note, "组织部门");
    return entry;
  }

  /** The town committee confirms a veto or refuses it with a reason (民主评议程序). */
  public PointsEntry confirmVeto(String processInstanceId, Actor committee, PointsDecision decision, String note) {
    PointsEntry entry = of(processInstanceId);
    String town = entry.getLedger().getTownCode();
    if (!committee.isSystem() && !committee.isMemberOf(Groups.townCommittee(town))) {
      throw new InvalidRequestException("一票否决须由工作者所在区镇党（工）委确认");
    }
    decide(entry, committee, decision, note, "区镇党（工）委");
    return entry;
  }

  private void decide(PointsEntry entry, Actor actor, PointsDecision decision, String note, String who) {
    ledgers.lockById(entry.getLedger().getId());
    Worker worker = entry.getLedger().getWorker();
    if (decision == PointsDecision.ACCEPT) {
      entry.accept(actor.userId(), clock.instant(), note);
      trail.record(worker, entry.isVeto() ? "POINTS_VETO_CONFIRMED" : "POINTS_CLAIM_ACCEPTED", who
          + (entry.isVeto() ? "确认" : "认定") + entry.describe() + (note == null ? "" : "，意见：" + note),
          actor.userId(), entry.getProcessInstanceId(), Article.POINTS_SETTING);
    } else {
      entry.refuse(actor.userId(), clock.instant(), note);
      trail.record(worker, entry.isVeto() ? "POINTS_VETO_REFUSED" : "POINTS_CLAIM_REFUSED", who + "不予认定"
          + entry.describe() + "，理由：" + note, actor.userId(), entry.getProcessInstanceId(), Article.POINTS_SETTING);
    }
  }

  /**
   * The department corrects the ledger (发现问题及时纠正; 记分有误的及时纠正) with a reason: the line named is
   * superseded and, unless struck, a correction line takes its place; a line without a number is
   * added. A veto is never written by a correction (it needs the committee). Answers the new standing.
   */
  public PointsEntry correct(Actor actor, Long workerId, int year, String lineText, String reason) {
    Worker worker = visibleWorker(actor, workerId);
    requireDepartment(actor, worker.getTownCode(), "积分台账由工作者所在区镇组织部门更正");
    String why = requiredReason(reason);
    PointsLine line = PointsLine.parse(lineText);
    PointsLedger ledger = ledgerFor(worker, year);
    ledgers.lockById(ledger.getId());
    PointsEntry replaced = null;
    if (line.replaces() != null) {
      replaced = entries.findById(line.replaces()).filter(found -> found.getLedger().getId().equals(ledger.getId()))
          .orElseThrow(() -> new InvalidRequestException(worker.getName() + " " + year + "年的积分台账没有第" + line.replaces() + "条"));
      if (replaced.getState() != PointsEntryState.ACCEPTED) {
        throw new InvalidRequestException("第" + replaced.getId() + "条当前为「" + replaced.getState().label() + "」，只能更正已认定的行");
      }
    }
    if (!line.strikes() && line.item() <= PointsEntry.LAST_VETO) {
      throw new InvalidRequestException("一票否决须经区镇党（工）委确认，不能以更正录入：请登记一票否决");
    }
    if (!line.strikes()) {
      judge(line.item(), line.count(), line.level());
    }
    if (replaced != null) {
      replaced.supersede(actor.userId(), clock.instant());
    }
    LocalDate today = today();
    LocalDate day = replaced != null ? replaced.getOccurredOn()
        : year == today.getYear() ? today : LocalDate.of(year, 12, 31);
    PointsEntry correction = entries.save(new PointsEntry(ledger, line.strikes() ? replaced.getItem() : line.item(),
        line.count(), line.strikes() ? replaced.getLevel() : line.level(), day, null, null, null,
        PointsEntrySource.CORRECTION, why, replaced == null ? null : replaced.getId(), actor.userId(), clock.instant()));
    trail.record(worker, "POINTS_CORRECTED", "积分台账更正：" + (replaced == null ? "补记" + correction.describe()
        : "第" + replaced.getId() + "条「" + replaced.describe() + "」" + (line.strikes() ? "删除" : "改为" + correction.describe()))
        + "，理由：" + why + "；" + standing(ledger).describe(), actor.userId(), null, Article.POINTS_PROCESS);
    return correction;
  }

  /** Refuses, before anything is written, a correction that {@link #correct} would refuse for its shape. */
  @Transactional(readOnly = true)
  public void checkCorrection(String lineText) {
    PointsLine line = PointsLine.parse(lineText);
    if (!line.strikes()) {
      if (line.item() <= PointsEntry.LAST_VETO) {
        throw new InvalidRequestException("一票否决须经区镇党（工）委确认，不能以更正录入：请登记一票否决");
      }
      judge(line.item(), line.count(), line.level());
    }
  }

  /** The ledger of the worker for the year as it stands, opened empty if none yet (a base of 100). */
  @Transactional(readOnly = true)
  public Standing standing(Long workerId, int year) {
    return ledgers.find(workerId, year).map(this::standing).orElseGet(() -> score(List.of()));
  }

  Standing standing(PointsLedger ledger) {
    return score(entries.findByLedgerIdOrderById(ledger.getId()));
  }

  /** The lines of a worker's ledger for the year, in the order recorded (none when no ledger). */
  @Transactional(readOnly = true)
  public List<PointsEntry> lines(Long workerId, int year) {
    return ledgers.find(workerId, year).map(ledger -> entries.findByLedgerIdOrderById(ledger.getId()))
        .orElse(List.of());
  }

  /**
   * The accepted lines as points-score's ledger text ({@code 13 1 city}, {@code 否决 2}, one a line):
   * what the campaign's points scoring takes, from the ledger and never from a form.
   */
  @Transactional(readOnly = true)
  public String ledgerText(Long workerId, int year) {
    return lines(workerId, year).stream().filter(PointsEntry::counts).map(PointsEntry::asLedgerLine)
        .collect(Collectors.joining("\n"));
  }

  /** Every line in words for a read-only form field: 第12条 2026-03-05 第13项 ×1（city） 已认定 …. */
  @Transactional(readOnly = true)
  public String linesText(Long workerId, int year) {
    List<PointsEntry> lines = lines(workerId, year);
    if (lines.isEmpty()) {
      return "本年度积分台账没有加减分记录（基础分100分）";
    }
    return lines.stream().map(PointsService::lineText).collect(Collectors.joining("\n"));
  }

  static String lineText(PointsEntry entry) {
    return "第" + entry.getId() + "条 " + entry.getOccurredOn() + " " + entry.describe() + " " + entry.getState().label()
        + "（" + entry.getSource().label() + (entry.getCorrects() == null ? "" : "第" + entry.getCorrects() + "条")
        + (entry.getReason() == null ? "" : "，" + entry.getReason()) + "）";
  }

  /** The ledgers of a town for a year, for the quarterly publication. */
  @Transactional(readOnly = true)
  public List<PointsLedger> ledgersOf(String town, int year) {
    return ledgers.ofTown(town, year);
  }

  @Transactional(readOnly = true)
  public PointsLedger ledger(Long ledgerId) {
    return ledgers.findById(ledgerId).orElseThrow(() -> new NotFoundException("积分台账 " + ledgerId + " 不存在"));
  }

  @Transactional(readOnly = true)
  public PointsEntry of(String processInstanceId) {
    return entries.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotFoundException("流程 " + processInstanceId + " 没有积分台账记录"));
  }

  /** The worker as the actor may see it: the worker themself, their town, the city; else 404. */
  Worker visibleWorker(Actor actor, Long workerId) {
    if (workerId == null) {
      throw new InvalidRequestException("请指定工作者");
    }
    return workers.findById(workerId)
        .filter(worker -> actor.isSystem() || actor.canActFor(worker.getTownCode())
            || Objects.equals(actor.userId(), worker.getUserId()))
        .orElseThrow(() -> new NotFoundException("工作者 " + workerId + " 不存在"));
  }

  private PointsEntry newLine(Worker worker, int item, int count, String level, LocalDate occurredOn, String evidence,
      List<String> witnesses, PointsEntrySource source, String by) {
    if (item < 1 || item > PointsEntry.LAST_ITEM) {
      throw new InvalidRequestException("项目应为第1至23项（第1至6项为一票否决，第7至14项加分，第15至23项减分），收到第" + item + "项");
    }
    if (occurredOn == null) {
      throw new InvalidRequestException("请填写发生日期");
    }
    if (occurredOn.isAfter(today())) {
      throw new InvalidRequestException("发生日期 " + occurredOn + " 不能晚于今天");
    }
    boolean veto = item <= PointsEntry.LAST_VETO;
    if (veto) {
      count = 1;
      level = null;
    } else if (count < 1 || count > 99) {
      throw new InvalidRequestException("次数应为 1 至 99，收到 " + count);
    }
    List<String> named = witnesses(worker, witnesses);
    String material = evidence == null || evidence.isBlank() ? null : evidence.strip();
    if (material == null && named.size() < 2) {
      throw new InvalidRequestException(veto ? "一票否决须提供相关材料（证明材料）"
          : "加分、减分须提供相关材料，或由至少2名党员群众予以证明（004 附件1 一、考核设置）：请填写证明材料或选择两名证明人");
    }
    if (veto && material == null) {
      throw new InvalidRequestException("一票否决须提供相关材料（证明材料）");
    }
    judge(item, count, level);
    PointsLedger ledger = ledgerFor(worker, occurredOn.getYear());
    ledgers.lockById(ledger.getId());
    return entries.save(new PointsEntry(ledger, item, count, level, occurredOn, material,
        named.isEmpty() ? null : named.get(0), named.size() < 2 ? null : named.get(1), source, null, null, by,
        clock.instant()));
  }

  /**
   * The witnesses named: none, or exactly two different users of the worker's town (a worker or a
   * member of one of the town's groups), never the worker himself nor a city or administrator account.
   */
  List<String> witnesses(Worker worker, List<String> given) {
    List<String> named = given == null ? List.of() : given.stream().filter(Objects::nonNull).map(String::strip)
        .filter(text -> !text.isEmpty()).toList();
    if (named.isEmpty()) {
      return named;
    }
    if (named.size() != 2) {
      throw new InvalidRequestException("证明人须为两名（至少2名党员群众予以证明），收到 " + named.size() + " 名");
    }
    if (named.get(0).equals(named.get(1))) {
      throw new InvalidRequestException("两名证明人不能是同一人");
    }
    for (String witness : named) {
      if (witness.equals(worker.getUserId())) {
        throw new InvalidRequestException("证明人不能是工作者本人");
      }
      if (!ofTown(witness, worker.getTownCode())) {
        throw new InvalidRequestException("证明人「" + witness + "」不是本区镇的用户");
      }
    }
    return named;
  }

  /** Whether the user is one of the town's own people: a member of its tenant, not of the city. */
  boolean ofTown(String userId, String town) {
    // The system's look-up, whatever the caller may read of the users.
    return asSystem.get(() -> {
      if (identity.createUserQuery().userId(userId).count() == 0) {
        return false;
      }
      boolean member = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).tenantIdIn(town)
          .count() > 0;
      boolean city = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
          .anyMatch(group -> Groups.isCityGroup(group) || Groups.ADMINS.equals(group));
      return member && !city;
    });
  }

  /** points-score judges one line: an item outside the table or a level it does not know is refused (400). */
  private void judge(int item, int count, String level) {
    Map<String, Object> facts = new HashMap<>();
    if (item <= PointsEntry.LAST_VETO) {
      facts.put("events", List.of());
      facts.put("vetoes", List.of(item));
    } else {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("item", item);
      event.put("count", count);
      event.put("level", level == null || level.isBlank() ? null : level.strip());
      facts.put("events", List.of(event));
      facts.put("vetoes", List.of());
    }
    decisions.decide("points-score", facts);
  }

  private Standing score(List<PointsEntry> lines) {
    List<Map<String, Object>> events = new ArrayList<>();
    List<Integer> vetoes = new ArrayList<>();
    for (PointsEntry line : lines) {
      if (!line.counts()) {
        continue;
      }
      if (line.isVeto()) {
        vetoes.add(line.getItem());
      } else {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("item", line.getItem());
        event.put("count", line.getCount());
        event.put("level", line.getLevel());
        events.add(event);
      }
    }
    DecisionResult result = decisions.decide("points-score", Map.of("events", events, "vetoes", vetoes));
    return new Standing(number(result.get("bonus")), number(result.get("deductions")), number(result.get("total")),
        Boolean.TRUE.equals(result.get("veto")), result.explanation());
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  /**
   * The worker's ledger of the year, opened if none yet. The worker's row is locked first, so that two
   * first lines written at the same moment open one ledger, one after the other.
   */
  private PointsLedger ledgerFor(Worker worker, int year) {
    workers.lockById(worker.getId());
    return ledgers.find(worker.getId(), year)
        .orElseGet(() -> ledgers.saveAndFlush(new PointsLedger(worker, year, clock.instant())));
  }

  private void startReview(PointsEntry entry) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PointsClaimProcessVariables.WORKER_ID, entry.getLedger().getWorker().getId());
    variables.put(PointsClaimProcessVariables.ENTRY_ID, entry.getId());
    asSystem.run(() -> runtime.startProcessInstanceByKey(PointsClaimProcessVariables.PROCESS_KEY, variables));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(properties.zone()));
  }

  private static void requireDepartment(Actor actor, String town, String message) {
    if (!actor.isSystem() && !actor.isMemberOf(Groups.townOrg(town))) {
      throw new InvalidRequestException(message);
    }
  }

  private static String requiredReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidRequestException("更正积分台账必须说明理由");
    }
    if (reason.strip().codePointCount(0, reason.strip().length()) > 1000) {
      throw new InvalidRequestException("更正理由不能超过 1000 个字");
    }
    return reason.strip();
  }

  private String support(PointsEntry entry) {
    return (entry.getEvidence() == null ? "" : "；证明材料：" + entry.getEvidence())
        + (entry.getWitness1() == null ? "" : "；证明人：" + witnessNames(entry));
  }

  /** The witnesses by name as people read them: 李明、王强 (the user id where a user has no name). */
  public String witnessNames(PointsEntry entry) {
    if (entry.getWitness1() == null) {
      return "—";
    }
    return asSystem.get(() -> List.of(entry.getWitness1(), entry.getWitness2()).stream().map(id -> {
      org.camunda.bpm.engine.identity.User user = identity.createUserQuery().userId(id).singleResult();
      return user == null || user.getFirstName() == null || user.getFirstName().isBlank() ? id : user.getFirstName();
    }).collect(Collectors.joining("、")));
  }
}
