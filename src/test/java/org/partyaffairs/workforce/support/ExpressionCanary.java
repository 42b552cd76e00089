package org.partyaffairs.workforce.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Test fixture: a bean an injected expression would call, e.g. {@code ${canary.touch()}}. It counts
 * every evaluation, so a test proves that none happened.
 */
@Component("canary")
public class ExpressionCanary {

  private final AtomicInteger evaluations = new AtomicInteger();

  public String touch() {
    evaluations.incrementAndGet();
    return "kfq-org";
  }

  public int evaluations() {
    return evaluations.get();
  }
}
