/**
 * Notifications: every user task's people are told when it is created, reminded before it is due,
 * its supervisors told when it is overdue (and the worker's trail says so), everyone with open
 * tasks gets a daily digest on working days, and people hear the outcome of what they started or
 * submitted. By e-mail ({@code spring.mail.*}) or a group robot's webhook (WeCom, DingTalk), each
 * person's choice; off when neither is configured.
 *
 * <ul>
 *   <li>Process and forms: none of its own. {@code NotificationPlugin} hangs {@code TaskCreatedListener}
 *       on the {@code create} event of every user task of every model.
 *   <li>Delivery: the outbox ({@code OutboxMessage}, written in the transaction of its reason by
 *       {@code Outbox}), sent by {@code OutboxSender} (claim by lease, back-off, at most
 *       {@code max-attempts}) through {@code Mail} or {@code Webhooks}; run by {@code NotificationSchedule}.
 *   <li>Clock: {@code Scans} (reminders, escalation after {@code Supervisors}, the digest), working days of
 *       {@code rules/calendar}.
 *   <li>Outcomes: {@code Outcomes} hears the capabilities' events (a resignation or a post application
 *       decided, an assessment graded, an objection answered).
 *   <li>Records: {@code notification_outbox}, {@code notification_profile}, {@code notification_task_mark}
 *       ({@code db/migration/V22__notifications.sql}).
 *   <li>API: {@code /api/notifications/stats}, {@code /api/notifications/profile},
 *       {@code /api/notifications/profiles/{userId}} ({@code NotificationController}).
 * </ul>
 *
 * <p>Walk and configuration: {@code docs/capabilities/notifications.md}.
 */
package org.partyaffairs.workforce.notification;
