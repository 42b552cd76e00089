/**
 * The decisions (Drools): {@link org.partyaffairs.workforce.rules.DecisionService} runs a DRL
 * decision of {@code rules/} over facts of {@code rules.facts} and explains it by the articles its
 * rules cite; {@code DecisionRecorder} keeps each decision a process takes ({@code
 * db/migration/V4__decision_record.sql}); {@code DecisionController} serves {@code /api/decisions};
 * {@code WorkdayCalendar} reads {@code rules/calendar/<year>.csv}. The capabilities call it; it
 * calls none of them. See {@code rules/README.md} and {@code docs/decisions.md}.
 */
package org.partyaffairs.workforce.rules;
