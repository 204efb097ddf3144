/**
 * Telling people that something changed on their plan: a transactional outbox of emails sent over SMTP by a
 * scheduled sender with retries, and tasks for the team's administrators where the person prefers a letter,
 * a call or a text or has no email address. Other modules call {@link org.oneplan.notifications.Notifications}
 * inside their own transaction.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"people", "access", "audit", "web"})
package org.oneplan.notifications;
