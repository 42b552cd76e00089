package org.partyaffairs.workforce.certification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.partyaffairs.workforce.document.Download;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.AsSystem;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.IllegalTransitionException;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.web.Refusal;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The year's 红领津贴 list over HTTP (002 专属待遇保障), for the city office only (everyone else 403): start
 * its compilation and confirmation (RedCollarAllowanceProcess), read it as JSON or as XLSX.
 */
@Tag(name = "红领津贴", description = "持证工作者按资格等级的年度红领津贴（002 专属待遇保障）")
@RestController
class AllowanceController {

  static final String REFUSED = "只有市委“两新”工委办公室可以汇总和查看红领津贴发放名单（002 专属待遇保障）";

  record LineView(String town, Long workerId, String workerName, String level, String levelLabel, String certificateNumber,
      String grade, long allowance, String reason) {
  }

  record ListView(int year, String status, String statusLabel, int workers, long total, String confirmedBy,
      Instant confirmedAt, String note, String processInstanceId, List<LineView> lines) {
  }

  private final AllowanceService service;
  private final CurrentActor currentActor;
  private final RuntimeService runtime;
  private final AsSystem asSystem;

  AllowanceController(AllowanceService service, CurrentActor currentActor, @Lazy RuntimeService runtime,
      AsSystem asSystem) {
    this.service = service;
    this.currentActor = currentActor;
    this.runtime = runtime;
    this.asSystem = asSystem;
  }

  @Operation(summary = "汇总一个年度的红领津贴发放名单，并交市委“两新”工委办公室确认（每年一次）")
  @PostMapping("/api/red-collar-allowances/{year}")
  ResponseEntity<Object> start(@PathVariable int year) {
    Actor actor = currentActor.get();
    if (!actor.isMemberOf(Groups.CITY_OFFICE)) {
      return refused();
    }
    service.checkYear(year);
    if (service.of(year).isPresent()) {
      throw new IllegalTransitionException(year + "年度红领津贴发放名单已汇总，不能重复汇总");
    }
    String processInstanceId = asSystem.get(() -> runtime.startProcessInstanceByKey(AllowanceProcessVariables.PROCESS_KEY,
        "allowance-" + year, Map.of(AllowanceProcessVariables.YEAR, year)).getId());
    return ResponseEntity.status(HttpStatus.CREATED).body(view(service.of(year).orElseThrow(), processInstanceId));
  }

  @Operation(summary = "一个年度的红领津贴发放名单（市委“两新”工委办公室）")
  @GetMapping("/api/red-collar-allowances/{year}")
  ResponseEntity<Object> list(@PathVariable int year) {
    if (!currentActor.get().isMemberOf(Groups.CITY_OFFICE)) {
      return refused();
    }
    AllowanceList list = service.of(service.checkYear(year))
        .orElseThrow(() -> new NotFoundException(year + "年度红领津贴发放名单尚未汇总"));
    return ResponseEntity.ok(view(list, list.getProcessInstanceId()));
  }

  @Operation(summary = "一个年度的红领津贴发放名单（Excel，市委“两新”工委办公室）")
  @GetMapping("/api/red-collar-allowances/{year}.xlsx")
  ResponseEntity<?> xlsx(@PathVariable int year) {
    if (!currentActor.get().isMemberOf(Groups.CITY_OFFICE)) {
      return refused();
    }
    return Download.xlsx(service.xlsx(service.checkYear(year)), year + "年度红领津贴发放名单.xlsx");
  }

  private static ResponseEntity<Object> refused() {
    Refusal.log(HttpStatus.FORBIDDEN.value(), REFUSED);
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", REFUSED));
  }

  private static ListView view(AllowanceList list, String processInstanceId) {
    return new ListView(list.getYear(), list.getStatus().name(), list.getStatus().label(), list.getWorkers(),
        list.getTotal(), list.getConfirmedBy(), list.getConfirmedAt(), list.getNote(), processInstanceId,
        list.getLines().stream().map(line -> new LineView(line.getTownCode(), line.getWorkerId(), line.getWorkerName(),
            line.getLevel().name(), line.getLevel().label(), line.getCertNumber(), line.getGradeLabel(),
            line.getAllowance(), line.getReason())).toList());
  }
}
