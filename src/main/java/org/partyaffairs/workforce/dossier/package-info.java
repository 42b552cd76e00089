/**
 * The worker's dossier (档案, 001 第十八条(五), 002 专业化建设人员档案) and the filing sheets: one
 * timeline from recruitment to the end of service, compiled on every read from the other
 * capabilities' public records and the engine's history (it keeps nothing of its own), as JSON, as a
 * printable PDF and as XLSX; the 辞职备案表, 解聘备案表 and 试用期取消资格备案表 the filing tasks link
 * to, and the 聘用通知书 of a hire.
 *
 * <ul>
 *   <li>Process and forms: none of its own; the filing forms ({@code ResignationFilingForm},
 *       {@code DismissalFilingForm}, {@code ProbationFilingForm}) link to its sheets.
 *   <li>API: {@code /api/workers/{id}/dossier}, {@code .pdf}, {@code .xlsx},
 *       {@code /api/workers/{id}/filings/resignation.pdf}, {@code dismissal.pdf}, {@code probation.pdf},
 *       {@code appointment.pdf} ({@code DossierController}); the page {@code static/dossier.html}, which
 *       reads them with the Tasklist login ({@code security.SessionReads}).
 *   <li>Visibility: the worker record's ({@code worker.VisibleWorkers}).
 * </ul>
 */
package org.partyaffairs.workforce.dossier;
