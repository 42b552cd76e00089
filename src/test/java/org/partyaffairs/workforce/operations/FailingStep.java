package org.partyaffairs.workforce.operations;

import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.transaction.CannotCreateTransactionException;

/** A step that fails as its {@code failure} variable says: a deadlock, the database away, or a bug. */
public class FailingStep implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    switch ((String) execution.getVariable("failure")) {
      case "deadlock" -> throw new CannotAcquireLockException("Deadlock found when trying to get lock",
          new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213));
      case "outage" -> throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
          new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));
      default -> throw new IllegalStateException("a defect in the step");
    }
  }
}
