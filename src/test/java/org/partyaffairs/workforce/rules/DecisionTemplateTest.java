package org.partyaffairs.workforce.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The Modeler template 「Drools 决策」 (.camunda/element-templates/decision.json, issue 28 item 4)
 * offers exactly the rule base's decisions, each with its DRL file in rules/, and calls them the way
 * the models do ({@code ${decide}} with the {@code decision} field), so that a task dropped from the
 * template runs.
 */
class DecisionTemplateTest {

  private static final Path TEMPLATE = Path.of(".camunda", "element-templates", "decision.json");

  @Test
  void theTemplateOffersEveryDecisionOfTheRuleBaseAndNoOther() throws IOException {
    Set<String> offered = offered();

    assertThat(offered).isEqualTo(Arrays.stream(Decision.values()).map(Decision::contractName)
        .collect(Collectors.toCollection(TreeSet::new)));
    try (Stream<Path> drls = Files.walk(Path.of(RuleBase.FOLDER))) {
      Set<String> files = drls.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".drl"))
          .map(name -> name.substring(0, name.length() - ".drl".length())).collect(Collectors.toSet());
      assertThat(files).as("one DRL file per decision offered").containsAll(offered);
    }
  }

  @Test
  void theTemplateBindsTheDelegateAndFieldsTheModelsUse() throws IOException {
    JsonNode properties = new ObjectMapper().readTree(TEMPLATE.toFile()).path("properties");
    List<JsonNode> all = StreamSupport.stream(properties.spliterator(), false).toList();

    assertThat(all).anySatisfy(property -> {
      assertThat(property.path("binding").path("name").asText()).isEqualTo("camunda:delegateExpression");
      assertThat(property.path("value").asText()).isEqualTo("${decide}");
    });
    assertThat(all).extracting(property -> property.path("binding").path("type").asText() + ":"
        + property.path("binding").path("name").asText()).contains("camunda:field:decision", "camunda:field:subject",
            "property:camunda:asyncBefore");
  }

  private static Set<String> offered() throws IOException {
    JsonNode properties = new ObjectMapper().readTree(TEMPLATE.toFile()).path("properties");
    for (JsonNode property : properties) {
      if ("decision".equals(property.path("binding").path("name").asText())) {
        Set<String> values = new TreeSet<>();
        property.path("choices").forEach(choice -> values.add(choice.path("value").asText()));
        return values;
      }
    }
    throw new AssertionError("no decision field in " + TEMPLATE);
  }
}
