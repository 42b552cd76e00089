package org.partyaffairs.workforce.assessment;

import org.partyaffairs.workforce.worker.Article;

/**
 * An assessment result is a ground for dismissal: an annual 不称职 (FAIL), or 基本称职 two years
 * running (000 第十四条 5, 001 第二十三条). Published by the campaign's consequences and delivered
 * synchronously in their transaction; the dismissal capability reacts (it records the ground and,
 * the first time, starts a dismissal under {@code policy}). Assessment knows none of its consumers.
 *
 * @param ground a ground code of {@code dismissal-grounds}, e.g. {@code ANNUAL_FAIL}
 * @param detail what the trail and the evidence say about it
 * @param policy the campaign's rules (a Lanzhou FAIL needs the city's approval)
 */
public record AssessmentGroundFound(Long workerId, String ground, int year, String detail, String actor,
    String processInstanceId, Article article, String policy) {
}
