package org.partyaffairs.workforce.points;

import java.time.LocalDate;
import java.util.List;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.support.People;
import org.springframework.stereotype.Component;

/** Test fixture: lines of a ledger written as the town's organisation department writes them. */
@Component
public class PointsFixtures {

  private final People people;
  private final CurrentActor currentActor;
  private final PointsService points;

  PointsFixtures(People people, CurrentActor currentActor, PointsService points) {
    this.people = people;
    this.currentActor = currentActor;
    this.points = points;
  }

  /** The actor of a demo or test user, as the REST filter makes it. */
  public Actor actor(String userId) {
    people.actAs(userId);
    try {
      return currentActor.get();
    } finally {
      people.actAsSystem();
    }
  }

  /** The town department records a line with its evidence; a veto starts its confirmation. */
  public PointsEntry record(Long workerId, String town, int item, int count, String level, LocalDate on) {
    return points.record(actor(town + "-org"), workerId, item, count, level, on, "测试证明材料（第" + item + "项）", List.of());
  }
}
