/**
 * Due dates of user tasks in working days ({@code rules/calendar/service-levels.csv}): set when a
 * task is created, shown in Tasklist. See {@code docs/capabilities/task-lists.md}.
 */
package org.partyaffairs.workforce.deadline;
