package org.partyaffairs.workforce.assessment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The port through which a Lanzhou assessment reads a worker's quarterly scores (001 第十八条(三)),
 * implemented by the quarterly reports ({@code quarterly.QuarterlyScoresOnRecord}): quarterly depends
 * on assessment, never the other way.
 */
public interface QuarterlyScores {

  /** The worker's scored quarters of the year, by quarter 1–4; a quarter without a score is not in the map. */
  Map<Integer, BigDecimal> of(Long workerId, int year);
}
