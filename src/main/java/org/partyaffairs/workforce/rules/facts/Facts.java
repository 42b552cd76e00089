package org.partyaffairs.workforce.rules.facts;

import java.util.List;
import org.partyaffairs.workforce.rules.WorkdayCalendar;

/** The facts of one decision, as received. What the rules match on may add derived facts. */
public interface Facts {

  /** The objects inserted into the rule session: by default these facts alone. */
  default List<Object> working(WorkdayCalendar calendar) {
    return List.of(this);
  }
}
