package org.partyaffairs.workforce.security;

/**
 * A process that belongs to the whole city rather than a town, e.g. the annual assessment campaign.
 * Its instances have no tenant and only the city groups may read them; the processes it calls get
 * the town of their own subject (a worker, a town's notice). Declared as a bean by its package.
 */
public record CityWide(String processKey) {
}
