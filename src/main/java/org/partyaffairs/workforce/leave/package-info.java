/**
 * Leave (001 第十八条(四) 考勤和请销假制度): the worker asks for leave in working days, the approver
 * of the tier approves or refuses, and after the leave the worker reports back (销假); returning late
 * turns the extra working days into absences.
 *
 * <ul>
 *   <li>Process: {@code processes/LeaveRequestProcess.bpmn}, bound by {@code LeaveRequestTasks} and
 *       {@code LeaveRequestForms}; variables and activity ids in {@code LeaveRequestProcessVariables}.
 *   <li>Forms: {@code forms/LeaveRequestForm}, {@code LeaveApprovalForm}, {@code LeaveReportBackForm}
 *       ({@code .form}).
 *   <li>Rules: {@code rules/leave/leave-approval-tier.drl} (facts {@code rules.facts.LeaveFacts}).
 *   <li>Records: {@code LeaveRequest} ({@code leave_request}, {@code db/migration/V23__leave.sql}).
 *   <li>API: {@code GET /api/workers/{id}/leave} ({@code LeaveController}).
 *   <li>Talks to: absence — records late days through {@code AbsenceService.recordDays}, reads the
 *       absent days ({@code AbsenceRepository}) and implements absence's {@code ApprovedLeave}
 *       ({@code ApprovedLeaveOnRecord}), so that an absence is never recorded on a day of approved
 *       leave; leave depends on absence, never the other way.
 * </ul>
 *
 * <p>Walk: {@code docs/capabilities/leave.md}.
 */
package org.partyaffairs.workforce.leave;
