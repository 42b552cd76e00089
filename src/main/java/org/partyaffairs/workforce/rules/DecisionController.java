package org.partyaffairs.workforce.rules;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every decision over HTTP, for any logged-in user: what-if questions such as "which grade is 89.5
 * under Kunshan's measures, and why?". Nothing is recorded here; decisions taken inside a process
 * are recorded by {@link DecisionDelegate}.
 */
@Tag(name = "决策", description = "Drools 规则决策：按名称传入事实，返回结论及所依据的条款")
@RestController
@RequestMapping("/api/decisions")
class DecisionController {

  record Field(String name, String type, boolean required) {
  }

  record DecisionView(String name, String title, List<Field> fields) {
  }

  private final DecisionService decisions;

  DecisionController(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Operation(summary = "全部决策及其事实字段")
  @GetMapping
  List<DecisionView> list() {
    return decisions.decisions().stream()
        .map(decision -> new DecisionView(decision.contractName(), decision.title(), fields(decision)))
        .toList();
  }

  @Operation(summary = "按名称求一个决策（结论与依据的规则、条款）")
  @PostMapping("/{name}")
  DecisionResult decide(@PathVariable String name, @RequestBody Map<String, Object> facts) {
    return decisions.decide(name, facts);
  }

  private static List<Field> fields(Decision decision) {
    return Arrays.stream(decision.factsType().getRecordComponents())
        .map(component -> new Field(component.getName(), typeName(component), required(component)))
        .toList();
  }

  private static boolean required(RecordComponent component) {
    return Arrays.stream(component.getAccessor().getDeclaringClass().getDeclaredFields())
        .filter(field -> field.getName().equals(component.getName()))
        .anyMatch(field -> field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)
            || field.isAnnotationPresent(NotEmpty.class));
  }

  private static String typeName(RecordComponent component) {
    // java.util.List<org.partyaffairs.workforce.rules.facts.PointsEvent> → List<PointsEvent>
    return component.getGenericType().getTypeName().replaceAll("[a-z]+(\\.[a-z]+)*\\.", "");
  }
}
