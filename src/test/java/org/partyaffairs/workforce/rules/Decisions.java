package org.partyaffairs.workforce.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import java.util.Map;

/** The real rules of {@code rules/}, compiled once for all rule tests, called as the API calls them. */
final class Decisions {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
  private static final DecisionService SERVICE = new DecisionService(RuleBase.compile(RuleBase.FOLDER),
      WorkdayCalendar.load(RuleBase.FOLDER + "/calendar"), Validation.buildDefaultValidatorFactory().getValidator(),
      JSON, "kunshan");

  private Decisions() {
  }

  static DecisionService service() {
    return SERVICE;
  }

  /** The decision on facts written as the JSON of DOMAIN.md's contract. */
  static DecisionResult decide(String name, String factsJson) {
    try {
      return SERVICE.decide(name, JSON.readValue(factsJson, new TypeReference<Map<String, Object>>() { }));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("Test facts are not JSON: " + factsJson, e);
    }
  }
}
