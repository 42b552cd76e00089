package org.partyaffairs.workforce.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.document.Download;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.partyaffairs.workforce.worker.Subjects;
import org.partyaffairs.workforce.worker.VisibleWorkers;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A worker's own account, for the town organisation department of the worker's town (daily
 * management, DOMAIN.md): open one for a worker who has none, and print the 账号开通通知书 with a
 * fresh activation code (the old one dies). Whoever may read the worker sees the account's state.
 * Another town's worker is not found; anybody else of the town is refused with 403.
 */
@Tag(name = "工作者账号", description = "工作者本人账号：开通、账号开通通知书（一次性激活码）")
@RestController
@RequestMapping("/api/workers/{id}/account")
class WorkerAccountController {

  record AccountView(Long workerId, String userId, AccountState state, String stateLabel) {

    static AccountView of(Account account) {
      return new AccountView(account.getWorkerId(), account.getUserId(), account.getState(), account.getState().label());
    }
  }

  /** Refused before anything is done: the caller is not the worker's town organisation department. */
  static final class NotTownOrg extends RuntimeException {
    NotTownOrg(String message) {
      super(message);
    }
  }

  private final Accounts accounts;
  private final VisibleWorkers workers;
  private final Subjects subjects;
  private final CurrentActor currentActor;
  private final Clock clock;
  private final WorkforceProperties properties;
  private final String baseUrl;

  WorkerAccountController(Accounts accounts, VisibleWorkers workers, Subjects subjects, CurrentActor currentActor,
      Clock clock, WorkforceProperties properties,
      @Value("${workforce.notifications.base-url:http://localhost:8080}") String baseUrl) {
    this.accounts = accounts;
    this.workers = workers;
    this.subjects = subjects;
    this.currentActor = currentActor;
    this.clock = clock;
    this.properties = properties;
    this.baseUrl = baseUrl;
  }

  @Operation(summary = "工作者本人账号及其状态（待激活、已激活、已停用）")
  @GetMapping
  AccountView get(@PathVariable long id) {
    Worker worker = workers.get(id);
    return accounts.of(worker.getId()).map(AccountView::of)
        .orElseThrow(() -> new NotFoundException("工作者 " + id + " 没有本系统开通的账号"));
  }

  /** Opens the worker's account (a worker hired before accounts existed); again: the account there is. */
  @Operation(summary = "为工作者开通本人账号（仅工作者所在区镇组织部门；已开通的返回原账号）")
  @PostMapping
  AccountView open(@PathVariable long id) {
    Worker worker = townOrgsWorker(id, "开通账号");
    return AccountView.of(accounts.open(worker.getId(), currentActor.get().userId(), null));
  }

  /** A new activation code on the 账号开通通知书, as one A4 PDF; every older code dies. */
  @Operation(summary = "签发账号开通通知书（A4 PDF，含新的一次性激活码，旧激活码作废；仅工作者所在区镇组织部门）")
  @PostMapping("/letter")
  @Transactional
  ResponseEntity<byte[]> letter(@PathVariable long id) {
    Worker worker = townOrgsWorker(id, "签发账号开通通知书");
    Accounts.IssuedCode issued = accounts.issueCode(worker.getId(), currentActor.get().userId());
    return Download.pdf(AccountLetter.pdf(issued, subjects.townName(worker.getTownCode()), baseUrl, clock.instant(),
        properties.zone()), AccountLetter.fileName(issued));
  }

  private Worker townOrgsWorker(long id, String what) {
    Worker worker = workers.get(id);
    Actor actor = currentActor.get();
    if (!actor.isMemberOf(Groups.townOrg(worker.getTownCode()))) {
      throw new NotTownOrg("只有工作者所在区镇的组织部门可以" + what);
    }
    return worker;
  }

  @ExceptionHandler(NotTownOrg.class)
  ResponseEntity<java.util.Map<String, String>> refused(NotTownOrg e) {
    org.partyaffairs.workforce.web.Refusal.log(HttpStatus.FORBIDDEN.value(), e.getMessage());
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(java.util.Map.of("message", e.getMessage()));
  }
}
