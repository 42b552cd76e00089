package org.partyaffairs.workforce.security;

import java.util.List;

/**
 * The choices of a select in a start form, for the user who opens it: Tasklist gives a start form's
 * Camunda Form no variables (only task forms get theirs), so a select whose options depend on the
 * user names them with {@code valuesKey} and {@link StartFormChoicesFilter} writes them into the
 * form as it is served. Each capability whose records a start form names declares one (the workers
 * of the user's towns …).
 */
public interface StartFormChoices {

  /** The {@code valuesKey} a select of a start form names, e.g. {@code workerOptions}. */
  String valuesKey();

  /** The options for the current user (the engine's authentication is the caller's), in their order. */
  List<Option> options();

  /** What the select shows and what it submits. */
  record Option(String label, String value) {
  }
}
