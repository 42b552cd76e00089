package org.partyaffairs.workforce;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The capabilities as modules (Spring Modulith): each direct sub-package of
 * {@code org.partyaffairs.workforce} is one, its top-level package its API, anything below it
 * internal unless it is a named interface ({@code rules.facts}). No test class is looked at.
 */
class ModularityTests {

  static final ApplicationModules MODULES = ApplicationModules.of(WorkforceApplication.class);

  @Test
  void noCycleBetweenCapabilitiesAndNoReachIntoAnotherCapabilitysInternals() {
    MODULES.verify();
  }

  /** The modules' canvases and PlantUML component diagrams, in target/spring-modulith-docs. */
  @Test
  void writesTheModuleDocumentation() {
    new Documenter(MODULES).writeDocumentation();
  }
}
