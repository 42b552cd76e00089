/**
 * The 7-day public notice (公示) with objections: called by the processes that publish results
 * (the recruitment shortlist, the assessment results); an upheld objection corrects the record
 * through its owner ({@link org.partyaffairs.workforce.notice.NoticeEntryOwner}).
 *
 * <ul>
 *   <li>Processes: {@code processes/PublicNoticeProcess.bpmn} ({@code NoticeTasks}, {@code
 *       NoticeForms}, {@code NoticeProcessVariables}) and {@code NoticeObjectionProcess.bpmn}
 *       ({@code ObjectionTasks}, {@code ObjectionForms}, {@code ObjectionProcessVariables}).
 *   <li>Forms: {@code forms/NoticeInvestigationForm}, {@code NoticeObjectionStartForm},
 *       {@code NoticeObjectionForm} ({@code .form}).
 *   <li>Rules and facts: none.
 *   <li>Records: {@code Notice}, {@code NoticeEntry}, {@code Objection}
 *       ({@code db/migration/V5__public_notice.sql}).
 *   <li>API: {@code /api/notices} ({@code NoticeController}); the list as published (公示名单),
 *       {@code /api/notices/{id}/list.pdf} and {@code .xlsx} ({@code NoticeListController},
 *       {@code NoticeList}), linked from {@code NoticeInvestigationForm}.
 * </ul>
 *
 * <p>Walk: {@code docs/capabilities/public-notice.md}.
 */
package org.partyaffairs.workforce.notice;
