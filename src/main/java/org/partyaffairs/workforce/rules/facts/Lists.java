package org.partyaffairs.workforce.rules.facts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Read-only copies for the lists inside facts; null stays null so that validation can name the field. */
final class Lists {

  private Lists() {
  }

  static <T> List<T> unmodifiable(List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
