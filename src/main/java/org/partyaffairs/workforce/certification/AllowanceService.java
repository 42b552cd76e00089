package org.partyaffairs.workforce.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.document.SheetWorkbook;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's 红领津贴 list (002 专属待遇保障: 对取得资格证书……且年度考核“称职”及以上的……按资格等级，每年发放“红领津贴”；对考核
 * 结果未达到“称职”的，取消当年度“红领津贴”): one line per worker holding a certificate issued by the end of the
 * year, the amount of that year's 年检 (red-collar-allowance), 0 with the reason otherwise; compiled once
 * and kept as compiled, confirmed by the city office in its task, exported as XLSX.
 */
@Service
@Transactional
public class AllowanceService {

  static final List<String> HEADERS = List.of("区镇", "工作者编号", "姓名", "资格等级", "证书编号", "年度考核等次", "红领津贴（元）",
      "说明");

  private final AllowanceListRepository lists;
  private final CertificateRepository certificates;
  private final CertificateInspectionRepository inspections;
  private final WorkerRepository workers;
  private final OrganisationUnitRepository units;
  private final WorkforceProperties properties;
  private final Clock clock;

  AllowanceService(AllowanceListRepository lists, CertificateRepository certificates,
      CertificateInspectionRepository inspections, WorkerRepository workers, OrganisationUnitRepository units,
      WorkforceProperties properties, Clock clock) {
    this.lists = lists;
    this.certificates = certificates;
    this.inspections = inspections;
    this.workers = workers;
    this.units = units;
    this.properties = properties;
    this.clock = clock;
  }

  /** The year asked for: not before 2000, not after this year. */
  int checkYear(int year) {
    int thisYear = LocalDate.now(clock.withZone(properties.zone())).getYear();
    if (year < 2000 || year > thisYear) {
      throw new InvalidRequestException("津贴年度须在 2000 年到今年（" + thisYear + "）之间，收到 " + year);
    }
    return year;
  }

  /** Task_CompileAllowanceList: the list of the year, once (a second run answers the first). */
  public AllowanceList compile(int year, String processInstanceId) {
    Optional<AllowanceList> existing = lists.findByYear(year);
    if (existing.isPresent()) {
      if (!existing.get().getProcessInstanceId().equals(processInstanceId)) {
        throw new InvalidRequestException(year + "年度红领津贴发放名单已汇总，不能重复汇总");
      }
      return existing.get();
    }
    Map<Long, Certificate> latest = new LinkedHashMap<>();
    for (Certificate certificate : certificates.findAllByOrderById()) {
      if (certificate.getIssuedOn().getYear() <= year) {
        latest.put(certificate.getWorkerId(), certificate);
      }
    }
    List<AllowanceLine> lines = new ArrayList<>();
    for (Certificate certificate : latest.values()) {
      Optional<CertificateInspection> inspection = inspections.findByCertificateIdAndYear(certificate.getId(), year);
      if (inspection.isEmpty() && !certificate.getStatus().inForce()) {
        continue;
      }
      String name = workers.findById(certificate.getWorkerId()).map(worker -> worker.getName()).orElse("—");
      lines.add(inspection.map(found -> new AllowanceLine(certificate.getWorkerId(), name, certificate.getTownCode(),
              certificate.getLevel(), certificate.getNumber(), found.getGradeLabel(), found.getAllowance(),
              found.getAllowance() > 0 ? "年检合格，按" + certificate.getLevel().label() + "发放"
                  : AnnualInspections.allowanceReasonText(found.getAllowanceReasons())))
          .orElseGet(() -> new AllowanceLine(certificate.getWorkerId(), name, certificate.getTownCode(),
              certificate.getLevel(), certificate.getNumber(), null, 0, "没有" + year + "年度考核等次，未年检，不发放")));
    }
    return lists.saveAndFlush(new AllowanceList(year, lines, clock.instant(), processInstanceId));
  }

  /** Task_ConfirmAllowanceList completed: the city office confirms the list. */
  public AllowanceList confirm(String processInstanceId, Actor actor, String note) {
    AllowanceList list = lists.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotFoundException("流程 " + processInstanceId + " 没有红领津贴发放名单"));
    list.confirm(actor.userId(), clock.instant(), note);
    return list;
  }

  @Transactional(readOnly = true)
  public Optional<AllowanceList> of(int year) {
    Optional<AllowanceList> list = lists.findByYear(year);
    list.ifPresent(found -> found.getLines().size());
    return list;
  }

  /** The list as the city office downloads it: one sheet, Chinese headers, and a sheet 说明. */
  @Transactional(readOnly = true)
  public byte[] xlsx(int year) {
    AllowanceList list = lists.findByYear(year)
        .orElseThrow(() -> new NotFoundException(year + "年度红领津贴发放名单尚未汇总"));
    SheetWorkbook workbook = new SheetWorkbook();
    List<List<?>> rows = new ArrayList<>();
    for (AllowanceLine line : list.getLines()) {
      rows.add(List.of(units.findById(line.getTownCode()).map(unit -> unit.getName()).orElse(line.getTownCode()),
          line.getWorkerId(), line.getWorkerName(), line.getLevel().label(), line.getCertNumber(),
          line.getGradeLabel() == null ? "—" : line.getGradeLabel(), line.getAllowance(), line.getReason()));
    }
    workbook.sheet(year + "年度红领津贴", HEADERS, rows);
    workbook.sheet("说明", List.of("项目", "内容"), List.of(
        List.of("依据", "002 专属待遇保障：按资格等级，每年发放“红领津贴”；对考核结果未达到“称职”的，取消当年度“红领津贴”"),
        List.of("金额", "各等级金额为本市标准（规则 red-collar-allowance，演示值）"),
        List.of("合计", list.getWorkers() + " 人，" + list.getTotal() + " 元"),
        List.of("状态", list.getStatus().label() + (list.getConfirmedBy() == null ? "" : "（" + list.getConfirmedBy() + "）"))));
    return workbook.toBytes();
  }
}
