/**
 * The facts the DRL rules reason over, one class per decision's input, and the helpers that read
 * them from JSON ({@link org.partyaffairs.workforce.rules.facts.Facts}). The capabilities build
 * them for {@code rules.DecisionService}; this is the one sub-package of {@code rules} they may use.
 */
@NamedInterface("facts")
package org.partyaffairs.workforce.rules.facts;

import org.springframework.modulith.NamedInterface;
