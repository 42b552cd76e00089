package org.partyaffairs.workforce.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.partyaffairs.workforce.WorkforceApplication;
import org.partyaffairs.workforce.bench.Machine;
import org.partyaffairs.workforce.rules.facts.GradeFacts;
import org.partyaffairs.workforce.rules.facts.PointsEvent;
import org.partyaffairs.workforce.rules.facts.PointsFacts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The decision benchmark ({@code ./mvnw verify -Pbench}): one thread, warm, evaluations per second
 * of assessment-grade and points-score through {@link DecisionService}, beside a bare Drools
 * stateless session on the same rules (the floor of our layer), plain Java (context only) and the
 * same grade table in Camunda's standalone DMN engine with its FEEL and with the legacy FEEL; then
 * engine instances per second of a process whose service task takes a decision against the same
 * process with a no-op delegate, on H2. Writes {@code target/bench/results.md}.
 */
public final class DecisionBenchmark {

  private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 5));
  private static final Duration MEASURED = Duration.ofSeconds(Long.getLong("bench.seconds", 10));

  private final List<String> rows = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    new DecisionBenchmark().run();
  }

  private void run() throws Exception {
    long buildStart = System.nanoTime();
    KieBase rules = RuleBase.compile(RuleBase.FOLDER);
    double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
    DecisionService decisions = new DecisionService(rules, WorkdayCalendar.load(RuleBase.FOLDER + "/calendar"),
        Validation.buildDefaultValidatorFactory().getValidator(), new ObjectMapper().findAndRegisterModules(), "kunshan");

    GradeFacts[] grades = new GradeFacts[200];
    for (int i = 0; i < grades.length; i++) {
      grades[i] = new GradeFacts("kunshan", BigDecimal.valueOf(i, 1).add(BigDecimal.valueOf(i % 100)));
    }
    double service = measure("assessment-grade", "DecisionService (validation, explanation)",
        i -> decisions.decide(Decision.ASSESSMENT_GRADE, grades[i % grades.length]));
    KieSessionsPool pool = rules.newKieSessionsPool(4);
    double floor = measure("assessment-grade", "bare Drools stateless session, same DRL", i -> {
      Answer answer = Decision.ASSESSMENT_GRADE.newAnswer();
      StatelessKieSession bare = pool.newStatelessKieSession();
      bare.setGlobal(DecisionService.ANSWER, answer);
      bare.execute(grades[i % grades.length]);
      return answer;
    });
    measure("assessment-grade", "plain Java, same bands (context only)",
        i -> kunshanGrade(grades[i % grades.length].score()));
    DmnEngine feel = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    DmnEngine legacy = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
        .enableFeelLegacyBehavior(true).buildEngine();
    double dmnFeel = measureDmn("Camunda DMN engine, FEEL (default)", feel, grades);
    double dmnLegacy = measureDmn("Camunda DMN engine, legacy FEEL (JUEL)", legacy, grades);

    PointsFacts points = new PointsFacts(
        List.of(new PointsEvent(13, 1, "city"), new PointsEvent(17, 2, null), new PointsEvent(22, 1, "warning")),
        List.of());
    double pointsService = measure("points-score", "DecisionService (validation, explanation)",
        i -> decisions.decide(Decision.POINTS_SCORE, points));
    List<Object> pointsFacts = new ArrayList<>(points.events());
    pointsFacts.add(points);
    double pointsFloor = measure("points-score", "bare Drools stateless session, same DRL", i -> {
      Answer answer = Decision.POINTS_SCORE.newAnswer();
      StatelessKieSession bare = pool.newStatelessKieSession();
      bare.setGlobal(DecisionService.ANSWER, answer);
      bare.execute(pointsFacts);
      return answer;
    });

    double[] engine = measureEngine(decisions);

    String report = "| measured | per second |\n|---|---:|\n" + String.join("\n", rows) + "\n\n"
        + String.format("- assessment-grade through DecisionService: %.0f%% of the bare session; %.1f× the DMN engine "
            + "with FEEL, %.1f× with legacy FEEL%n", 100 * service / floor, service / dmnFeel, service / dmnLegacy)
        + String.format("- points-score through DecisionService: %.0f%% of the bare session%n", 100 * pointsService / pointsFloor)
        + String.format("- engine: the ${decide} service task costs %.0f%% of instances per second against a no-op delegate%n",
            100 * (1 - engine[1] / engine[0]))
        + String.format("- KieBase build (all of rules/, cold JVM): %.2f s%n", buildSeconds)
        + String.format("- machine: %s; warm-up %d s, measured %d s, one thread%n", Machine.describe(),
            WARM_UP.toSeconds(), MEASURED.toSeconds());
    Files.createDirectories(Path.of("target", "bench"));
    Files.writeString(Path.of("target", "bench", "results.md"), report);
    System.out.println("\n" + report);
  }

  private double measure(String decision, String what, IntFunction<Object> op) {
    return record(decision, what, Measure.opsPerSecond(op, WARM_UP, MEASURED));
  }

  private double record(String decision, String what, double perSecond) {
    rows.add(String.format("| %s: %s | %,.0f |", decision, what, perSecond));
    System.out.printf("%-90s %,12.0f /s%n", decision + ": " + what, perSecond);
    return perSecond;
  }

  private double measureDmn(String what, DmnEngine engine, GradeFacts[] grades) throws IOException {
    DmnDecision decision;
    try (InputStream dmn = DecisionBenchmark.class.getResourceAsStream("/bench/KunshanGrade.dmn")) {
      decision = engine.parseDecision("KunshanGrade", dmn);
    }
    return measure("assessment-grade", what, i -> engine.evaluateDecisionTable(decision,
        Variables.createVariables().putValue("score", grades[i % grades.length].score().doubleValue()))
        .getSingleResult());
  }

  /** Instances per second of the no-op process and of the decision process, through the engine on H2. */
  private double[] measureEngine(DecisionService decisions) {
    JavaDelegate noop = execution -> { };
    JavaDelegate rulesOnly = execution -> decisions.decide(Decision.ASSESSMENT_GRADE,
        new GradeFacts("kunshan", BigDecimal.valueOf((Double) execution.getVariable("score"))));
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WorkforceApplication.class)
        .profiles("demo", "test")
        .properties("server.port=0",
            "logging.level.root=WARN", "camunda.bpm.job-execution.enabled=false")
        .initializers(ctx -> {
          ctx.getBeanFactory().registerSingleton("noop", noop);
          ctx.getBeanFactory().registerSingleton("rulesOnly", rulesOnly);
        })
        .run()) {
      RepositoryService repository = context.getBean(RepositoryService.class);
      RuntimeService runtime = context.getBean(RuntimeService.class);
      repository.createDeployment()
          .addString("BenchNoopProcess.bpmn", process("BenchNoopProcess", "${noop}", ""))
          .addString("BenchRulesOnlyProcess.bpmn", process("BenchRulesOnlyProcess", "${rulesOnly}", ""))
          .addString("BenchDecisionProcess.bpmn", process("BenchDecisionProcess", "${decide}",
              "<camunda:field name=\"decision\" stringValue=\"assessment-grade\" />"))
          .deploy();
      Map<String, IntFunction<Object>> processes = new LinkedHashMap<>();
      processes.put("process instances, no-op delegate",
          i -> runtime.startProcessInstanceByKey("BenchNoopProcess", variables(i)));
      processes.put("process instances, DecisionService alone in a delegate (nothing kept)",
          i -> runtime.startProcessInstanceByKey("BenchRulesOnlyProcess", variables(i)));
      processes.put("process instances, ${decide} task (answer variables + record)",
          i -> runtime.startProcessInstanceByKey("BenchDecisionProcess", variables(i)));
      Map<String, Double> rates = Measure.interleaved(processes, WARM_UP, MEASURED.multipliedBy(2), 5);
      rates.forEach((what, perSecond) -> record("engine on H2", what, perSecond));
      double noopRate = rates.get("process instances, no-op delegate");
      double decisionRate = rates.get("process instances, ${decide} task (answer variables + record)");
      return new double[] {noopRate, decisionRate};
    }
  }

  private static Map<String, Object> variables(int i) {
    return Map.of("townCode", "kfq", "policy", "kunshan", "score", (i % 1000) / 10.0);
  }

  private static String process(String id, String delegate, String fields) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="bench">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="1">
            <bpmn:startEvent id="StartEvent_Bench" />
            <bpmn:sequenceFlow id="Flow_ToTask" sourceRef="StartEvent_Bench" targetRef="Task_Bench" />
            <bpmn:serviceTask id="Task_Bench" camunda:delegateExpression="%2$s">
              <bpmn:extensionElements>%3$s</bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_Bench" targetRef="EndEvent_Bench" />
            <bpmn:endEvent id="EndEvent_Bench" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(id, delegate, fields);
  }

  private static String kunshanGrade(BigDecimal score) {
    if (score.compareTo(BigDecimal.valueOf(60)) < 0) {
      return "FAIL";
    }
    if (score.compareTo(BigDecimal.valueOf(70)) < 0) {
      return "BASIC";
    }
    return score.compareTo(BigDecimal.valueOf(90)) < 0 ? "QUALIFIED" : "EXCELLENT";
  }
}
