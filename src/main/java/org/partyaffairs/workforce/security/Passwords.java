package org.partyaffairs.workforce.security;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.springframework.stereotype.Component;

/**
 * New accounts under Camunda's password policy ({@code enablePasswordPolicy}), as the Admin webapp
 * and the REST API apply it to every password a person sets. Only the demo's accounts, which share
 * the demo profile's one documented password, are saved past it.
 */
@Component
class Passwords {

  private final IdentityService identity;
  private final ProcessEngine engine;

  Passwords(IdentityService identity, ProcessEngine engine) {
    this.identity = identity;
    this.engine = engine;
  }

  /**
   * Saves a user with a password that meets the policy, or stops naming what it lacks. The password
   * is checked as given: a new user's {@code getPassword()} answers null until the engine saved it
   * (it holds the hash), which once stopped every start outside the demo profile
   * ({@code ProductionStartMySqlIT}).
   */
  void save(User user, String password, String passwordSetting) {
    user.setPassword(password);
    PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(password, user);
    if (!result.isValid()) {
      throw new IllegalStateException(passwordSetting + " does not meet the password policy: "
          + result.getViolatedRules().stream().map(rule -> rule.getPlaceholder() + rule.getParameters())
              .collect(Collectors.joining(", ")));
    }
    identity.saveUser(user);
  }

  /** A demo account: the policy is skipped on purpose (the engine's own command for that). */
  void saveDemoAccount(User user) {
    ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getCommandExecutorTxRequired()
        .execute(new SaveUserCmd(user, true));
  }
}
