package org.partyaffairs.workforce.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Modeler template 「公示（7 天）」 (.camunda/element-templates/public-notice.json, issue 28 item
 * 4) calls PublicNoticeProcess with the variables it reads and takes back what it answers
 * ({@link NoticeProcessVariables}): a renamed variable fails here, not in a modeller's process.
 */
class NoticeTemplateTest {

  @Test
  void theTemplatePassesWhatTheNoticeReadsAndTakesBackItsFinalEntries() throws IOException {
    JsonNode template = new ObjectMapper().readTree(Path.of(".camunda", "element-templates", "public-notice.json").toFile());
    Map<String, JsonNode> ins = new HashMap<>();
    Map<String, JsonNode> outs = new HashMap<>();
    String called = null;
    for (JsonNode property : template.path("properties")) {
      JsonNode binding = property.path("binding");
      switch (binding.path("type").asText()) {
        case "camunda:in" -> ins.put(binding.path("target").asText(), property);
        case "camunda:out" -> outs.put(binding.path("source").asText(), property);
        case "property" -> {
          if (binding.path("name").asText().equals("calledElement")) {
            called = property.path("value").asText();
          }
        }
        default -> { }
      }
    }

    assertThat(called).isEqualTo(NoticeProcessVariables.PROCESS_KEY);
    assertThat(ins).containsOnlyKeys(NoticeProcessVariables.TITLE, NoticeProcessVariables.OWNER_GROUP,
        NoticeProcessVariables.ENTRIES, NoticeProcessVariables.PERIOD);
    assertThat(ins.get(NoticeProcessVariables.PERIOD).path("value").asText())
        .isEqualTo(NoticeProcessVariables.DEFAULT_PERIOD);
    assertThat(outs).containsOnlyKeys(NoticeProcessVariables.FINAL_ENTRIES);
  }
}
