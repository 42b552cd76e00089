package org.partyaffairs.workforce.security;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.ProcessEngineElContext;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ExpressionFactory;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.springframework.context.ApplicationContext;

/**
 * The engine's expressions, with one difference: an expression evaluated without a variable scope —
 * which in Camunda 7.24 only a query does ({@code AbstractQuery.evaluateExpressions}) — resolves no
 * Spring bean, no process-application bean and no mock, and may call methods only on the dates the
 * functions {@code now()} and {@code dateTime()} return. Saved filters keep {@code ${currentUser()}},
 * {@code ${currentUserGroups()}} and {@code ${dateTime().plusDays(3).toDate()}}; an injected
 * {@code ${workerRepository.findAll()}} or {@code ${''.getClass().forName(…)}} finds nothing to call.
 * The second line behind {@link QueryExpressionGuard}; process models keep the full context.
 */
class QueryExpressionManager extends SpringExpressionManager {

  private volatile ELResolver queryResolver;

  QueryExpressionManager(ApplicationContext applicationContext) {
    super(applicationContext);
  }

  @Override
  protected ProcessEngineElContext createElContext(VariableScope variableScope) {
    if (variableScope != null) {
      return super.createElContext(variableScope);
    }
    ensureInitialized();
    ProcessEngineElContext context = new ProcessEngineElContext(functionMapper, queryResolver());
    context.putContext(ExpressionFactory.class, expressionFactory);
    return context;
  }

  private ELResolver queryResolver() {
    if (queryResolver == null) {
      CompositeELResolver resolver = new CompositeELResolver();
      resolver.add(new ArrayELResolver(true));
      resolver.add(new ListELResolver(true));
      resolver.add(new MapELResolver(true));
      resolver.add(new DatesOnlyResolver());
      queryResolver = resolver;
    }
    return queryResolver;
  }

  /** Properties and methods of dates only, and never {@code getClass()}. */
  static final class DatesOnlyResolver extends BeanELResolver {

    private static final Set<String> NEVER = Set.of("getClass", "class", "wait", "notify", "notifyAll");

    DatesOnlyResolver() {
      super(true);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      return allowed(base, property) ? super.getValue(context, base, property) : null;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
      return allowed(base, method) ? super.invoke(context, base, method, paramTypes, params) : null;
    }

    private static boolean allowed(Object base, Object member) {
      return (base instanceof java.util.Date || base instanceof org.joda.time.ReadableInstant
          || base instanceof org.joda.time.ReadablePartial) && !NEVER.contains(String.valueOf(member));
    }
  }
}
