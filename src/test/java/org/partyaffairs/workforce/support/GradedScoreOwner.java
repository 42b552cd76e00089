package org.partyaffairs.workforce.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.partyaffairs.workforce.notice.NoticeEntryOwner;
import org.partyaffairs.workforce.rules.DecisionService;
import org.partyaffairs.workforce.security.Actor;
import org.springframework.stereotype.Component;

/**
 * Test fixture for notices on their own, without a campaign behind them: entries of type
 * {@value #TYPE} are scores; a correction re-grades the corrected score with the real
 * assessment-grade rules, and each record counts how often it was corrected.
 */
@Component
public class GradedScoreOwner implements NoticeEntryOwner {

  public static final String TYPE = "graded-score";

  private final DecisionService decisions;
  private final Map<String, AtomicInteger> corrections = new ConcurrentHashMap<>();

  GradedScoreOwner(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public String recordType() {
    return TYPE;
  }

  @Override
  public String correct(String recordId, String correctedValue, String reason, Actor actor, String processInstanceId) {
    corrections.computeIfAbsent(recordId, id -> new AtomicInteger()).incrementAndGet();
    Object label = decisions.decide("assessment-grade", Map.of("policy", "kunshan", "score", correctedValue)).get("label");
    return correctedValue + "分 " + label;
  }

  public int correctionsOf(String recordId) {
    AtomicInteger count = corrections.get(recordId);
    return count == null ? 0 : count.get();
  }
}
