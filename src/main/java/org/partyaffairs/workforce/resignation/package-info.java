/**
 * Resignation (000 第十六条): the worker applies, the town receives and decides, the city files; the
 * resignation takes effect when the agreed last working day has ended (the timer
 * {@code Event_LastWorkingDayEnded}, 24:00 Beijing time): the worker leaves service, the post falls
 * vacant, the account closes.
 *
 * <ul>
 *   <li>Process: {@code processes/ResignationProcess.bpmn}, bound by {@code ResignationTasks} and
 *       {@code ResignationForms}; variables and activity ids in {@code ResignationProcessVariables}.
 *   <li>Forms: {@code forms/ResignationApplicationForm}, {@code ResignationReceiptForm},
 *       {@code ResignationDecisionForm}, {@code ResignationFilingForm} ({@code .form}).
 *   <li>Rules and facts: none.
 *   <li>Records: {@code Resignation} ({@code db/migration/V2__workforce_core.sql}).
 * </ul>
 *
 * <p>Walk: {@code docs/capabilities/resignation.md}.
 */
package org.partyaffairs.workforce.resignation;
