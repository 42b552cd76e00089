/**
 * The shared kernel: what every capability points down to and that depends on nothing else in the
 * application — the refusals ({@link org.partyaffairs.workforce.shared.InvalidRequestException} 400,
 * {@link org.partyaffairs.workforce.shared.NotFoundException} 404, {@link
 * org.partyaffairs.workforce.shared.IllegalTransitionException} 409), which the web layer turns into
 * answers, and the few values several capabilities share ({@link org.partyaffairs.workforce.shared.Quarter}
 * for the quarterly reports and the points' quarterly publication). {@code ModularityTests} holds it to that: it may depend on no other module.
 */
@ApplicationModule(allowedDependencies = {})
package org.partyaffairs.workforce.shared;

import org.springframework.modulith.ApplicationModule;
