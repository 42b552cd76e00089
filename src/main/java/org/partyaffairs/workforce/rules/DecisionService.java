package org.partyaffairs.workforce.rules;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.partyaffairs.workforce.rules.facts.Facts;
import org.partyaffairs.workforce.web.JsonProblems;
import org.partyaffairs.workforce.shared.NotFoundException;

/**
 * The one way into the rules: a decision by name and its facts in, the answer and the rules that
 * produced it out. The KieBase is built once; each call runs a stateless session, so calls share
 * nothing. Facts are checked before the rules run (types, required fields, ranges), and whatever
 * the rules themselves refuse (an item above its maximum, an unknown policy) is refused as a whole:
 * a refused decision answers nothing.
 */
public class DecisionService {

  /**
   * The rules write their conclusions into this global, one per call (every call has its own
   * session): as a global the answer stays outside the rule network, which a fact joined by every
   * rule would not.
   */
  static final String ANSWER = "answer";

  private static final String POLICY = "policy";

  /** Sessions are reset and reused rather than built for each call; the pool grows under load. */
  private static final int POOLED_SESSIONS = 4;

  private final KieSessionsPool sessions;
  private final WorkdayCalendar calendar;
  private final Validator validator;
  private final ObjectMapper json;
  private final String defaultPolicy;
  private final MeterRegistry meters;
  private final Map<String, Timer> timers = new java.util.concurrent.ConcurrentHashMap<>();
  /** By rule object: looked up for every fired rule, so no key is built per call. */
  private final Map<Rule, Explanation> explanations;

  public DecisionService(KieBase rules, WorkdayCalendar calendar, Validator validator, ObjectMapper json,
      String defaultPolicy) {
    this(rules, calendar, validator, json, defaultPolicy, null);
  }

  /**
   * @param meters where each decision's evaluations are timed ({@code workforce.decision}, by
   *     decision and outcome: answered or refused); null for none
   */
  public DecisionService(KieBase rules, WorkdayCalendar calendar, Validator validator, ObjectMapper json,
      String defaultPolicy, MeterRegistry meters) {
    this.meters = meters;
    this.defaultPolicy = defaultPolicy;
    this.sessions = rules.newKieSessionsPool(POOLED_SESSIONS);
    this.calendar = calendar;
    this.validator = validator;
    this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    this.explanations = explanationsOf(rules);
  }

  /**
   * Facts as they come over HTTP or from process variables, by the names of DOMAIN.md's contract. A
   * grade asked for without a policy is graded under the city's configured one.
   */
  public DecisionResult decide(String name, Map<String, ?> facts) {
    Decision decision = Decision.named(name)
        .orElseThrow(() -> new NotFoundException("没有名为「" + name + "」的决策"));
    if (decision.gradesByPolicy() && facts.get(POLICY) == null) {
      Map<String, Object> withPolicy = new HashMap<>(facts);
      withPolicy.put(POLICY, defaultPolicy);
      return decide(decision, convert(decision, withPolicy));
    }
    return decide(decision, convert(decision, facts));
  }

  public DecisionResult decide(Decision decision, Facts facts) {
    if (meters == null) {
      return evaluate(decision, facts);
    }
    long start = System.nanoTime();
    String outcome = "refused";
    try {
      DecisionResult result = evaluate(decision, facts);
      outcome = "answered";
      return result;
    } finally {
      String tag = outcome;
      timers.computeIfAbsent(decision.contractName() + "/" + tag, key -> Timer.builder("workforce.decision")
          .description("Drools 决策的评估次数与耗时").tag("decision", decision.contractName()).tag("outcome", tag)
          .register(meters)).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }
  }

  private DecisionResult evaluate(Decision decision, Facts facts) {
    check(facts);
    Answer answer = decision.newAnswer();
    List<Explanation> fired = new ArrayList<>(4);
    StatelessKieSession session = sessions.newStatelessKieSession();
    session.addEventListener(new DefaultAgendaEventListener() {
      @Override
      public void afterMatchFired(AfterMatchFiredEvent event) {
        fired.add(explanations.get(event.getMatch().getRule()));
      }
    });
    session.setGlobal(ANSWER, answer);
    session.execute(facts.working(calendar));
    if (!answer.rejections().isEmpty()) {
      Answer.Rejection first = answer.rejections().get(0);
      throw new InvalidFactsException(first.field(), answer.rejections().stream().map(Answer.Rejection::message)
          .collect(Collectors.joining("；")));
    }
    return new DecisionResult(decision.contractName(), Collections.unmodifiableMap(answer.values()),
        List.copyOf(fired));
  }

  /** The decisions and the fields of their facts, for {@code GET /api/decisions}. */
  public List<Decision> decisions() {
    return List.of(Decision.values());
  }

  private Facts convert(Decision decision, Map<String, ?> facts) {
    try {
      return json.convertValue(facts, decision.factsType());
    } catch (IllegalArgumentException e) {
      if (e.getCause() instanceof JsonMappingException mapping) {
        String field = JsonProblems.field(mapping);
        throw new InvalidFactsException(field.isEmpty() ? "facts" : field, JsonProblems.expected(mapping));
      }
      if (e.getCause() instanceof InputCoercionException) {
        throw new InvalidFactsException("facts", "有数值超出范围");
      }
      throw new InvalidFactsException("facts", "不是有效的事实");
    }
  }

  private void check(Facts facts) {
    Set<ConstraintViolation<Facts>> violations = validator.validate(facts);
    if (!violations.isEmpty()) {
      ConstraintViolation<Facts> first = violations.stream()
          .min(Comparator.comparing(violation -> violation.getPropertyPath().toString())).orElseThrow();
      throw new InvalidFactsException(fieldOf(first), messageOf(first));
    }
  }

  /** {@code grades<K>[-2026].<map key>} → {@code grades[-2026]}: the field as the caller wrote it. */
  private static String fieldOf(ConstraintViolation<?> violation) {
    return violation.getPropertyPath().toString().replaceAll("\\.?<[^>]*>", "");
  }

  /**
   * The constraint's own message where the facts give one (in Chinese), else a Chinese sentence for
   * the standard constraint: Bean Validation's default messages follow the server's locale.
   */
  private static String messageOf(ConstraintViolation<?> violation) {
    String template = violation.getMessageTemplate();
    if (template == null || !template.startsWith("{jakarta.validation.constraints.")) {
      return violation.getMessage();
    }
    Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
    Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
    return switch (constraint.annotationType().getSimpleName()) {
      case "NotNull", "NotBlank", "NotEmpty" -> "不能为空";
      case "PositiveOrZero" -> "不能为负数";
      case "Positive" -> "应大于 0";
      case "Min", "DecimalMin" -> "不能小于 " + attributes.get("value");
      case "Max", "DecimalMax" -> "不能大于 " + attributes.get("value");
      default -> "不符合要求";
    };
  }

  /** Every rule's explanation, computed once: its sentence, the article before the colon, its file. */
  private static Map<Rule, Explanation> explanationsOf(KieBase rules) {
    Map<Rule, Explanation> explanations = new IdentityHashMap<>();
    rules.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> {
      String name = rule.getName();
      int colon = name.indexOf(": ");
      if (colon < 0) {
        throw new IllegalStateException("Rule \"" + name + "\" in package " + pkg.getName()
            + " does not cite its article (\"<file> <article>: <sentence>\")");
      }
      String source = RuleBase.FOLDER + "/" + ((RuleImpl) rule).getResource().getSourcePath();
      explanations.put(rule, new Explanation(name, name.substring(0, colon), source));
    }));
    return explanations;
  }
}
