package org.partyaffairs.workforce.points;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.AsSystem;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.security.StartFormChoices;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code witnessOptions}: the people of the claimant's own town who may witness a bonus claim (至少2名
 * 党员群众予以证明): the town's workers and the members of its groups, never the claimant. The service
 * checks the submitted witnesses again ({@link PointsService#witnesses}).
 */
@Component
@Transactional(readOnly = true)
class WitnessChoices implements StartFormChoices {

  private final WorkerRepository workers;
  private final PointsService service;
  private final IdentityService identity;
  private final CurrentActor actor;
  private final AsSystem asSystem;

  WitnessChoices(WorkerRepository workers, PointsService service, @Lazy IdentityService identity, CurrentActor actor,
      AsSystem asSystem) {
    this.asSystem = asSystem;
    this.workers = workers;
    this.service = service;
    this.identity = identity;
    this.actor = actor;
  }

  @Override
  public String valuesKey() {
    return "witnessOptions";
  }

  @Override
  public List<Option> options() {
    Actor user = actor.get();
    Worker claimant = workers.findByUserId(user.userId()).orElse(null);
    if (claimant == null) {
      return List.of();
    }
    String town = claimant.getTownCode();
    Map<String, User> candidates = new LinkedHashMap<>();
    asSystem.run(() -> { // the town's people, whatever the claimant may read of the users
      identity.createUserQuery().memberOfTenant(town).list().forEach(found -> candidates.put(found.getId(), found));
      identity.createGroupQuery().memberOfTenant(town).list().forEach(group -> identity.createUserQuery()
          .memberOfGroup(group.getId()).list().forEach(found -> candidates.put(found.getId(), found)));
    });
    return candidates.values().stream().filter(found -> !found.getId().equals(user.userId()))
        .filter(found -> service.ofTown(found.getId(), town))
        .sorted(Comparator.comparing(User::getId))
        .map(found -> new Option(label(found), found.getId())).toList();
  }

  /** 李明（专职党务工作者）: the user's name and role as the accounts keep them. */
  private static String label(User user) {
    String name = user.getFirstName() == null || user.getFirstName().isBlank() ? user.getId() : user.getFirstName();
    return user.getLastName() == null || user.getLastName().isBlank() ? name : name + "（" + user.getLastName() + "）";
  }
}
