package org.partyaffairs.workforce.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationUnitRepository extends JpaRepository<OrganisationUnit, String> {

  List<OrganisationUnit> findByKindOrderByCode(OrganisationUnit.Kind kind);

  default List<OrganisationUnit> towns() {
    return findByKindOrderByCode(OrganisationUnit.Kind.TOWN);
  }
}
