/**
 * The towns (区镇, Camunda tenants) and the city: {@code OrganisationUnit}
 * ({@code db/migration/V2__workforce_core.sql}, {@code V3__kunshan_units.sql}). Depends on nothing.
 */
package org.partyaffairs.workforce.organisation;
