package org.partyaffairs.workforce.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * A refusal of ours raised inside the engine (a listener refusing a start, a form's end listener)
 * rolls the command back, and the engine logs that as an ERROR with the whole stack trace
 * ("ENGINE-16004 Exception while closing command context"). It is not an error: the API that
 * answers the refusal logs it as one WARN line ({@link Refusal#log}). This drops the engine's line
 * for our refusals only; every other exception of a command is logged as before.
 */
@Component
class QuietRefusals implements InitializingBean, DisposableBean {

  /** The logger of the engine's command context (Camunda's ContextLogger). */
  static final String COMMAND_CONTEXT = "org.camunda.bpm.engine.context";

  private final TurboFilter filter = new TurboFilter() {
    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
        Throwable t) {
      if (format == null || level != Level.ERROR || !COMMAND_CONTEXT.equals(logger.getName())) {
        return FilterReply.NEUTRAL;
      }
      if (EngineRefusals.refusalIn(t) != null) {
        return FilterReply.DENY;
      }
      if (params != null) {
        for (Object param : params) {
          if (param instanceof Throwable thrown && EngineRefusals.refusalIn(thrown) != null) {
            return FilterReply.DENY;
          }
        }
      }
      return FilterReply.NEUTRAL;
    }
  };

  @Override
  public void afterPropertiesSet() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
      filter.setName("workforce-quiet-refusals");
      filter.start();
      logback.addTurboFilter(filter);
    }
  }

  @Override
  public void destroy() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
      logback.getTurboFilterList().remove(filter);
    }
  }
}
