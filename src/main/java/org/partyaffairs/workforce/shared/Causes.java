package org.partyaffairs.workforce.shared;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** An exception and its causes at any depth, each once (a cause chain may loop back on itself). */
public final class Causes {

  private Causes() {
  }

  /** The first of the exception and its causes that is of the type and passes the test. */
  public static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type, Predicate<? super T> test) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable cause = e; cause != null && seen.add(cause); cause = cause.getCause()) {
      if (type.isInstance(cause) && test.test(type.cast(cause))) {
        return Optional.of(type.cast(cause));
      }
    }
    return Optional.empty();
  }

  /** The first of the exception and its causes of the type. */
  public static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type) {
    return find(e, type, cause -> true);
  }
}
