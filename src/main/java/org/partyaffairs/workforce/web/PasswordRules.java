package org.partyaffairs.workforce.web;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;

/**
 * Camunda's password policy told in Chinese: the rules a password broke (account activation) or,
 * where the engine says only "Password does not match policy" (a user created or a password changed
 * over the engine REST API), every rule of the policy the product runs, Camunda's default one
 * ({@code enablePasswordPolicy}, application.yaml).
 */
public final class PasswordRules {

  private PasswordRules() {
  }

  /** The refusal for a password the engine found below its policy: every rule, in Chinese. */
  public static String refusal() {
    return "密码不符合密码规则，请重新设置：" + inChinese(new DefaultPasswordPolicyImpl().getRules());
  }

  /** Rules joined as one Chinese sentence. */
  public static String inChinese(List<PasswordPolicyRule> rules) {
    return rules.stream().map(PasswordRules::inChinese).collect(Collectors.joining("；"));
  }

  static String inChinese(PasswordPolicyRule rule) {
    String n = rule.getParameters() == null ? "" : rule.getParameters().values().stream().findFirst().orElse("");
    return switch (rule.getPlaceholder()) {
      case "PASSWORD_POLICY_LENGTH" -> "至少 " + n + " 个字符";
      case "PASSWORD_POLICY_LOWERCASE" -> "至少 " + n + " 个小写字母";
      case "PASSWORD_POLICY_UPPERCASE" -> "至少 " + n + " 个大写字母";
      case "PASSWORD_POLICY_DIGIT" -> "至少 " + n + " 个数字";
      case "PASSWORD_POLICY_SPECIAL" -> "至少 " + n + " 个特殊字符（如 # ! @ %）";
      case "PASSWORD_POLICY_USER_DATA" -> "不能包含账号或姓名";
      default -> "不符合规则";
    };
  }
}
