package org.partyaffairs.workforce.exchange;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partyaffairs.workforce.organisation.OrganisationUnit;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.post.PostRepository;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.security.StartFormChoices;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code vacantPostOptions}: the vacant posts of the user's own towns, as the 提出交流 start form offers
 * them (交流限于本区镇内, 000 第十二条). The service checks the submitted post again: a post of
 * another town or one filled meanwhile is refused.
 */
@Component
@Transactional(readOnly = true)
class VacantPostChoices implements StartFormChoices {

  private final PostRepository posts;
  private final OrganisationUnitRepository units;
  private final CurrentActor actor;

  VacantPostChoices(PostRepository posts, OrganisationUnitRepository units, CurrentActor actor) {
    this.posts = posts;
    this.units = units;
    this.actor = actor;
  }

  @Override
  public String valuesKey() {
    return "vacantPostOptions";
  }

  @Override
  public List<Option> options() {
    Actor user = actor.get();
    Map<String, String> towns = units.towns().stream()
        .collect(Collectors.toMap(OrganisationUnit::getCode, OrganisationUnit::getName));
    return towns.keySet().stream().sorted().filter(user::canActFor)
        .flatMap(town -> posts.findByTownCodeAndWorkerIdIsNullOrderById(town).stream())
        .map(post -> new Option(post.getStation() + "（" + towns.get(post.getTownCode()) + "，岗位编号 " + post.getId() + "）",
            post.getId().toString()))
        .toList();
  }
}
