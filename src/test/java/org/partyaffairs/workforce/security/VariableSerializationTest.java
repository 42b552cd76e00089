package org.partyaffairs.workforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyaffairs.workforce.support.Forms;
import org.partyaffairs.workforce.support.Http;
import org.partyaffairs.workforce.support.IntegrationTest;
import org.partyaffairs.workforce.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Object variables cannot smuggle code in: a Java-serialized value is refused outright, and a JSON
 * value naming a type outside the allow-list is not deserialized.
 */
@IntegrationTest
class VariableSerializationTest {

  @LocalServerPort int port;
  @Autowired People people;
  @Autowired Forms forms;
  @Autowired RuntimeService runtimeService;

  Http http;
  ProcessInstance instance;

  @BeforeEach
  void warning() {
    http = new Http(port);
    instance = forms.start("WarningTalkProcess", "kfq-org", Map.of("workerId",
        people.activeWorker("kfq", "序列").getId(), "ground", "POOR_FIT", "reason", "工作疲沓"));
  }

  @Test
  void aJavaSerializedVariableIsRefused() throws IOException {
    String serialized = Base64.getEncoder().encodeToString(javaSerialized(new ArrayList<>(List.of("x"))));

    HttpResponse<String> set = put("smuggled", "{\"value\":\"" + serialized + "\",\"type\":\"Object\",\"valueInfo\":"
        + "{\"objectTypeName\":\"java.util.ArrayList\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}");

    assertThat(set.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(set.body()).contains("Java serialization");
    assertThat(runtimeService.getVariable(instance.getId(), "smuggled")).isNull();
  }

  @Test
  void aJsonValueOfATypeOutsideTheAllowListIsNotDeserialized() {
    HttpResponse<String> set = put("gadget", "{\"value\":\"\\\"/etc/passwd\\\"\",\"type\":\"Object\",\"valueInfo\":"
        + "{\"objectTypeName\":\"java.io.File\",\"serializationDataFormat\":\"application/json\"}}");
    HttpResponse<String> read = http.get("/engine-rest/process-instance/" + instance.getId() + "/variables/gadget",
        "admin", "demo");

    assertThat(set.statusCode() >= 400 || read.statusCode() >= 400).isTrue();
    assertThat(set.body() + read.body()).contains("java.io.File");
  }

  private HttpResponse<String> put(String name, String json) {
    return http.putJson("/engine-rest/process-instance/" + instance.getId() + "/variables/" + name, "admin", "demo",
        json);
  }

  private static byte[] javaSerialized(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }
}
