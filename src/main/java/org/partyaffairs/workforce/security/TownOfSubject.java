package org.partyaffairs.workforce.security;

import java.util.Map;
import java.util.Optional;

/**
 * Finds the town a new process instance belongs to from the subject its start variables name (a
 * worker, a notice…). Each capability that starts processes about its records declares one.
 */
public interface TownOfSubject {

  /** The town, if the variables name a subject of this kind; a named subject that does not exist is an error. */
  Optional<String> townOf(Map<String, Object> variables);
}
