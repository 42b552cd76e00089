package org.partyaffairs.workforce.rules;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A decision's answer (the fields of DOMAIN.md's contract) with the rules that produced it. */
public record DecisionResult(@JsonProperty("decision") String decision,
    @JsonIgnore Map<String, Object> answer,
    @JsonProperty("explanation") List<Explanation> explanation) {

  /** The answer's fields sit at the top level of the JSON, beside {@code explanation}. */
  @JsonAnyGetter
  public Map<String, Object> fields() {
    return answer;
  }

  public Object get(String field) {
    return answer.get(field);
  }
}
