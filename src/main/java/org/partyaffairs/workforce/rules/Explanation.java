package org.partyaffairs.workforce.rules;

/**
 * One rule that fired: its business sentence, the article it cites (e.g. {@code 000 第十条}) and
 * the DRL file it lives in, so a worker or an inspector can see why an answer is what it is.
 */
public record Explanation(String rule, String article, String file) {
}
