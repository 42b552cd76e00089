package org.partyaffairs.workforce.shared;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database out of reach (issue 28): the one test for it, used where a request is answered 503
 * instead of 500 and where a job that failed for it is run again within seconds of the database's
 * return instead of minutes later.
 */
public final class DatabaseOutage {

  private DatabaseOutage() {
  }

  /** Whether an exception (itself or a cause at any depth) is the database being out of reach. */
  public static boolean causedBy(Throwable e) {
    return Causes.find(e, Throwable.class, cause -> cause instanceof SQLTransientConnectionException
        || cause instanceof SQLNonTransientConnectionException || cause instanceof CannotCreateTransactionException
        || cause instanceof DataAccessResourceFailureException || cause instanceof ConnectException
        // Connector/J's and Hibernate's own, by name: the kernel depends on neither.
        || cause.getClass().getSimpleName().equals("CommunicationsException")
        || cause.getClass().getSimpleName().equals("JDBCConnectionException")).isPresent();
  }
}
