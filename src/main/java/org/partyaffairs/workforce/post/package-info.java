/**
 * Posts at the regional Party-building stations (000 第三条): a town committee's application, the
 * city's review, the posts created; hiring a worker into a post ({@link
 * org.partyaffairs.workforce.post.Staffing}); a post falls vacant when its worker leaves service
 * ({@code VacateOnDeparture}, hearing {@code worker.ServiceEnded}); a worker moving to another post of
 * the town ({@code Staffing.move}, for an exchange, 000 第十二条), the day a post was taken up ({@code
 * Post.filledAt}, {@code V26__exchange.sql}).
 *
 * <ul>
 *   <li>Process: {@code processes/PostEstablishmentProcess.bpmn}, bound by {@code
 *       PostEstablishmentTasks} and {@code PostEstablishmentForms}; variables and activity ids in
 *       {@code PostEstablishmentProcessVariables}.
 *   <li>Forms: {@code forms/PostApplicationForm}, {@code PostReviewForm}, {@code PostRevisionForm}
 *       ({@code .form}).
 *   <li>Rules and facts: none.
 *   <li>Records: {@code Post}, {@code PostApplication}, {@code PostApplicationRound}
 *       ({@code db/migration/V2__workforce_core.sql}, {@code V6__post_applications.sql}).
 *   <li>API: {@code GET /api/posts}, {@code GET /api/post-applications/{id}} ({@code PostController}).
 * </ul>
 *
 * <p>Walk: {@code docs/capabilities/post.md}.
 */
package org.partyaffairs.workforce.post;
