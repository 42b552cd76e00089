package org.partyaffairs.workforce.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The city, or one of its towns (区镇): the unit a worker belongs to and a Camunda tenant. */
@Entity
@Table(name = "org_unit")
public class OrganisationUnit {

  public enum Kind { CITY, TOWN }

  @Id
  private String code;

  private String name;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String parentCode;

  protected OrganisationUnit() {
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public boolean isTown() {
    return kind == Kind.TOWN;
  }
}
