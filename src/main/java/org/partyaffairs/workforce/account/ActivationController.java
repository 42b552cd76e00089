package org.partyaffairs.workforce.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partyaffairs.workforce.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /account/activate}, open without a login: the page ({@code static/account/activate.html})
 * and what it sends, the user id, the code and the new password. The one open path of the product
 * besides the login pages; it does nothing but this (docs/security.md).
 */
@Controller
class ActivationController {

  static final String PATH = "/account/activate";
  static final String TASKLIST = "/camunda/app/tasklist/default/";

  record ActivationRequest(String userId, String code, String password) {
  }

  private final Accounts accounts;

  ActivationController(Accounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping(PATH)
  String page() {
    return "forward:/account/activate.html";
  }

  @PostMapping(PATH)
  @ResponseBody
  ResponseEntity<Map<String, String>> activate(@RequestBody ActivationRequest request, HttpServletRequest http) {
    String userId = request.userId() == null ? "" : request.userId().strip();
    if (userId.isEmpty() || request.code() == null || request.code().isBlank()) {
      return answer(HttpStatus.BAD_REQUEST, "请填写账号和激活码");
    }
    if (request.password() == null || request.password().isEmpty()) {
      return answer(HttpStatus.BAD_REQUEST, "请设置新密码");
    }
    if (userId.length() > 64 || request.code().length() > 64 || request.password().length() > 128) {
      return answer(HttpStatus.BAD_REQUEST, Accounts.WRONG_CODE);
    }
    Accounts.Outcome outcome = accounts.activate(userId, request.code(), request.password(), http.getRemoteAddr());
    if (outcome instanceof Accounts.Activated activated) {
      Map<String, String> body = new LinkedHashMap<>();
      body.put("userId", activated.userId());
      body.put("message", "账号 " + activated.userId() + " 已激活，正在进入任务列表");
      body.put("tasklist", TASKLIST);
      return ResponseEntity.ok(body);
    }
    if (outcome instanceof Accounts.TooManyAttempts tooMany) {
      return answer(HttpStatus.TOO_MANY_REQUESTS, tooMany.message());
    }
    return answer(HttpStatus.BAD_REQUEST, ((Accounts.Refused) outcome).message());
  }

  private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
    Refusal.log(status.value(), message);
    return ResponseEntity.status(status).body(Map.of("message", message));
  }
}
